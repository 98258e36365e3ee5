package io.tidemark;

import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.hypertable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A revision that uses TimescaleDB, applied to a PostgreSQL without it, stops with TM148 and
 * says how to install it, instead of PostgreSQL's "function create_hypertable does not exist".
 */
class MissingTimescaleTest {
  private final PostgresServer server = PostgresServer.get();

  @Revision(id = "0001_7e7e7e", message = "create metrics hypertable")
  static final class CreateMetrics implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("metrics", column("ts", "timestamp with time zone").notNull(),
          column("value", "double precision"));
      op.createHypertable("metrics", hypertable("ts"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("metrics");
    }
  }

  @Revision(id = "0001_7e7e7f", message = "create the timescaledb extension")
  static final class CreateExtension implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createExtension("timescaledb");
    }

    @Override
    public void downgrade(Operations op) {}
  }

  @Test
  void upgrade_hypertableWithoutTimescale_failsTm148AndKeepsNothing() throws Exception {
    String url = server.createDatabase("no_timescale");
    Migrator migrator = Migrator.builder().url(url).user(server.user())
        .password(server.password()).migrations(List.of(new CreateMetrics())).build();
    TidemarkException e = assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM148, e.code(), e.getMessage());
    assertTrue(e.getMessage().contains("shared_preload_libraries")
        && e.getMessage().contains("create_hypertable"), e.getMessage());
    try (Connection c = server.connectUrl(url);
        ResultSet r = c.createStatement().executeQuery("SELECT to_regclass('metrics')")) {
      r.next();
      assertEquals(null, r.getString(1), "the revision's table must be rolled back");
    }
    assertFalse(migrator.status().upToDate());
  }

  @Test
  void upgrade_createExtensionOnServerWithoutIt_failsTm148() {
    String url = server.createDatabase("no_timescale");
    Migrator migrator = Migrator.builder().url(url).user(server.user())
        .password(server.password()).migrations(List.of(new CreateExtension())).build();
    TidemarkException e = assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM148, e.code(), e.getMessage());
  }
}
