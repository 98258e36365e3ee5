package io.tidemark.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {
  @Test
  void snakeCase_caseChangesAndDigits_splitLikePostgres() {
    assertEquals("etl_s3_ingest_log", Naming.snakeCase("EtlS3IngestLog"));
    assertEquals("http_request", Naming.snakeCase("HTTPRequest"));
    assertEquals("tenant_id", Naming.snakeCase("tenantId"));
    assertEquals("http2_server", Naming.snakeCase("HTTP2Server"));
    assertEquals("already_snake", Naming.snakeCase("already_snake"));
    assertEquals("x", Naming.snakeCase("X"));
  }

  @Test
  void physical_logicalJpaNames_namedAsSpringBootsStrategyNamesThem() {
    assertEquals("placed_at", Naming.physical("placedAt"));
    assertEquals("purchase_order", Naming.physical("PurchaseOrder"));
    assertEquals("etl_s3_ingest_log", Naming.physical("EtlS3IngestLog"));
    assertEquals("httprequest", Naming.physical("HTTPRequest"));
    assertEquals("ordera", Naming.physical("orderA"));
    assertEquals("customer_id", Naming.physical("customer_id"));
    assertEquals("address_city", Naming.physical("address.city"));
    assertEquals("purchase_order_seq", Naming.physical("PurchaseOrder_SEQ"));
    assertEquals("orders", Naming.physical("ORDERS"));
  }

  @Test
  void constraint_defaultNames_followPostgresSuffixes() {
    assertEquals("users_pkey", Naming.constraint("users", List.of(), "pkey"));
    assertEquals("users_tenant_id_email_key",
        Naming.constraint("users", List.of("tenant_id", "email"), "key"));
  }

  @Test
  void fit_over63Bytes_shortenedWithStableHash() {
    String longName = "a_table_name_that_is_rather_long_" + "x".repeat(40) + "_idx";
    String fitted = Naming.fit(longName);
    assertTrue(Naming.bytes(fitted) <= 63, fitted);
    assertTrue(fitted.matches("a_table_name_that_is_rather_long_x+_[0-9a-f]{8}"), fitted);
    assertEquals(fitted, Naming.fit(longName));
    assertNotEquals(fitted, Naming.fit(longName + "2"));
  }
}
