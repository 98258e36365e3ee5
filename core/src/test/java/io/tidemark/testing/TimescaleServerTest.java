package io.tidemark.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TimescaleExtension.class)
class TimescaleServerTest {
  @Test
  void get_anySource_servesTimescaleDb(TimescaleServer server) throws Exception {
    assertTrue(server.version().matches("2\\.\\d+\\.\\d+.*"), server.version());
    assertTrue(server.lock().isHeldByCurrentThread(), "the extension holds the lock");
  }

  @Test
  void connect_repeatedPreparedStatements_workAcrossConnections(TimescaleServer server) throws Exception {
    for (int connection = 0; connection < 3; connection++) {
      try (Connection c = server.connect();
          PreparedStatement ps = c.prepareStatement("SELECT ?::int + 1")) {
        for (int i = 0; i < 8; i++) {
          ps.setInt(1, i);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(i + 1, rs.getInt(1));
          }
        }
      }
    }
  }

  @Test
  void reset_afterHypertablesSchemasAndAggregates_leavesNothing(TimescaleServer server) throws Exception {
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA app");
      for (String table : new String[] {"app.a", "app.b", "public.c", "public.\"D\""}) {
        s.execute("CREATE TABLE " + table + " (ts timestamptz NOT NULL, v int)");
        s.execute("SELECT create_hypertable('" + table.replace("'", "''") + "', 'ts')");
      }
      s.execute("CREATE TABLE plain (id int)");
      s.execute("CREATE TYPE mood AS ENUM ('ok')");
      s.execute("CREATE MATERIALIZED VIEW c_daily WITH (timescaledb.continuous) AS"
          + " SELECT time_bucket(INTERVAL '1 day', ts) AS day, count(*) FROM c GROUP BY 1 WITH NO DATA");
      s.execute("SET search_path TO app, public");
    }
    server.reset();
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      assertEquals(0, count(s, "SELECT count(*) FROM timescaledb_information.hypertables"));
      assertEquals(0, count(s, "SELECT count(*) FROM timescaledb_information.continuous_aggregates"));
      assertEquals(0, count(s, "SELECT count(*) FROM pg_namespace WHERE nspname = 'app'"));
      assertEquals(0, count(s, "SELECT count(*) FROM pg_class WHERE relname IN ('plain', 'c', 'D')"));
      assertEquals(0, count(s, "SELECT count(*) FROM pg_type WHERE typname = 'mood'"));
      assertEquals(1, count(s, "SELECT count(*) FROM pg_extension WHERE extname = 'timescaledb'"));
      try (ResultSet rs = s.executeQuery("SHOW search_path")) {
        rs.next();
        assertFalse(rs.getString(1).startsWith("app"), rs.getString(1));
      }
    }
  }

  private static int count(Statement s, String query) throws Exception {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
