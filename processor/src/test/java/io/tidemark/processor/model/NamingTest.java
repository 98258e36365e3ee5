package io.tidemark.processor.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {
  @Test
  void snakeCase_caseChangesAndDigits_splitLikePostgres() {
    assertThat(Naming.snakeCase("EtlS3IngestLog")).isEqualTo("etl_s3_ingest_log");
    assertThat(Naming.snakeCase("HTTPRequest")).isEqualTo("http_request");
    assertThat(Naming.snakeCase("tenantId")).isEqualTo("tenant_id");
    assertThat(Naming.snakeCase("HTTP2Server")).isEqualTo("http2_server");
    assertThat(Naming.snakeCase("already_snake")).isEqualTo("already_snake");
    assertThat(Naming.snakeCase("X")).isEqualTo("x");
  }

  @Test
  void constraint_defaultNames_followPostgresSuffixes() {
    assertThat(Naming.constraint("users", List.of(), "pkey")).isEqualTo("users_pkey");
    assertThat(Naming.constraint("users", List.of("tenant_id", "email"), "key"))
        .isEqualTo("users_tenant_id_email_key");
  }

  @Test
  void fit_over63Bytes_shortenedWithStableHash() {
    String longName = "a_table_name_that_is_rather_long_" + "x".repeat(40) + "_idx";
    String fitted = Naming.fit(longName);
    assertThat(Naming.bytes(fitted)).isAtMost(63);
    assertThat(fitted).matches("a_table_name_that_is_rather_long_x+_[0-9a-f]{8}");
    assertThat(Naming.fit(longName)).isEqualTo(fitted);
    assertThat(Naming.fit(longName + "2")).isNotEqualTo(fitted);
  }
}
