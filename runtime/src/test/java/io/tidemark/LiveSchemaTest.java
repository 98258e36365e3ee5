package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tidemark.ddl.IndexDef;
import io.tidemark.fixture.Fixtures;
import io.tidemark.snapshot.TableNode;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveSchemaTest {
  private final PostgresServer server = PostgresServer.get();

  @Test
  void liveSchema_migratedDatabase_readsTablesAndOtherObjectsWithoutTheVersionTable()
      throws Exception {
    String url = server.createDatabase("live_schema");
    Migrator migrator = Migrator.builder().url(url).user(server.user())
        .password(server.password()).migrations(Fixtures.linear()).build();
    migrator.upgrade("head");
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute("CREATE VIEW named_users AS SELECT name FROM users");
    }
    LiveSchema live = migrator.liveSchema();
    assertEquals(List.of("orders", "users"),
        live.schema().tables().stream().map(TableNode::qualifiedName).toList());
    assertEquals(List.of("users_email_idx"), live.schema().tables().get(1).indexes().stream()
        .map(IndexDef::name).toList());
    assertEquals(List.of("view named_users"), List.copyOf(live.otherObjects().keySet()));
    assertEquals("CREATE VIEW named_users AS\nSELECT name\n   FROM users;",
        live.otherObjects().get("view named_users"));
  }

  @Test
  void liveSchema_unreachableServer_failsWithTheConnectionCode() {
    Migrator migrator = Migrator.builder().url("jdbc:postgresql://127.0.0.1:1/none")
        .connectRetries(0, java.time.Duration.ZERO).migrations(Fixtures.linear()).build();
    TidemarkException e = assertThrows(TidemarkException.class, migrator::liveSchema);
    assertEquals(ErrorCode.TM141, e.code());
  }
}
