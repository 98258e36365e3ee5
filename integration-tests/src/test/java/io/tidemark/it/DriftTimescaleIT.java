package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Drift;
import io.tidemark.Migrator;
import io.tidemark.it.DriftPostgresIT.Change;
import io.tidemark.it.timescale.ModelChain;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The drift check on a real TimescaleDB: a compressed hypertable with retention and reorder
 * policies and a continuous aggregate with a refresh policy, applied with {@code upgrade head},
 * shows no drift, also once TimescaleDB has made and compressed chunks; each hand change to a
 * hypertable setting or policy is reported, and undoing it shows no drift again.
 */
@ExtendWith(TimescaleExtension.class)
class DriftTimescaleIT {
  private static final List<Change> CHANGES = List.of(
      new Change("chunkInterval", "SELECT set_chunk_time_interval('reading', INTERVAL '2 days')",
          "SELECT set_chunk_time_interval('reading', INTERVAL '1 day')",
          "table reading: chunk time interval is 2 days, the model has 1 day"),
      new Change("compressionPolicyRemoved", "SELECT remove_compression_policy('reading')",
          "SELECT add_compression_policy('reading', compress_after => INTERVAL '7 days')",
          "table reading: has no compression policy; the model has one after 7 days"),
      new Change("retentionChanged", "SELECT remove_retention_policy('reading'); "
              + "SELECT add_retention_policy('reading', drop_after => INTERVAL '30 days')",
          "SELECT remove_retention_policy('reading'); "
              + "SELECT add_retention_policy('reading', drop_after => INTERVAL '90 days')",
          "table reading: retention policy interval is 30 days, the model has 90 days"),
      new Change("reorderRemoved", "SELECT remove_reorder_policy('reading')",
          "SELECT add_reorder_policy('reading', index_name => 'reading_sensor_id_ts_idx')",
          "table reading: reorder policy is missing, the model has index reading_sensor_id_ts_idx"),
      new Change("segmentByChanged", "ALTER TABLE reading SET (timescaledb.compress, "
              + "timescaledb.compress_segmentby = '', timescaledb.compress_orderby = 'ts DESC')",
          "ALTER TABLE reading SET (timescaledb.compress, timescaledb.compress_segmentby = "
              + "'sensor_id', timescaledb.compress_orderby = 'ts DESC')",
          "table reading: compression segmentby is [], the model has [sensor_id]"),
      new Change("indexAdded", "CREATE INDEX reading_value_idx ON reading (value)",
          "DROP INDEX reading_value_idx",
          "table reading: index reading_value_idx is in the database but not in the model"),
      new Change("columnAdded", "ALTER TABLE reading ADD COLUMN note text",
          "ALTER TABLE reading DROP COLUMN note",
          "table reading: column note is in the database but not in the model"),
      new Change("materializedOnly", "ALTER MATERIALIZED VIEW reading_hourly SET "
              + "(timescaledb.materialized_only = false)",
          "ALTER MATERIALIZED VIEW reading_hourly SET (timescaledb.materialized_only = true)",
          "continuous aggregate reading_hourly: materialized_only is false, the model has true"),
      new Change("aggregateCompressionOff", "ALTER MATERIALIZED VIEW reading_hourly SET "
              + "(timescaledb.compress = false)",
          "ALTER MATERIALIZED VIEW reading_hourly SET (timescaledb.compress, "
              + "timescaledb.compress_segmentby = 'sensor_id')",
          "continuous aggregate reading_hourly: compression is off, the model has it on"),
      new Change("refreshPolicyChanged",
          "SELECT remove_continuous_aggregate_policy('reading_hourly'); "
              + "SELECT add_continuous_aggregate_policy('reading_hourly', start_offset => "
              + "INTERVAL '2 days', end_offset => INTERVAL '1 hour', schedule_interval => "
              + "INTERVAL '30 minutes')",
          "SELECT remove_continuous_aggregate_policy('reading_hourly'); "
              + "SELECT add_continuous_aggregate_policy('reading_hourly', start_offset => "
              + "INTERVAL '3 days', end_offset => INTERVAL '1 hour', schedule_interval => "
              + "INTERVAL '30 minutes')",
          "continuous aggregate reading_hourly: refresh start offset is 2 days, the model has "
              + "3 days"));

  @Test
  void drift_handChangesToHypertableAndPolicies_eachReportedAndNoneAfterChunksCompressed(
      TimescaleServer server) throws SQLException {
    try (ModelChain chain = new ModelChain("drift-timescale", "org.example.metrics.db")) {
      Migrator migrator = chain.migrator(chain.compile("drift/metrics"), server.url());
      migrator.upgrade("head");
      assertNoDrift(migrator);
      List<String> missed = new ArrayList<>();
      for (Change change : CHANGES) {
        execute(server, change.sql());
        Drift drift = migrator.drift();
        execute(server, change.undo());
        if (drift.differences().stream().noneMatch(
            d -> d.toString().startsWith(change.expected()))) {
          missed.add(change.name() + ": expected " + change.expected() + ", found "
              + drift.differences());
        }
        assertNoDrift(migrator);
      }
      assertEquals(List.of(), missed);

      execute(server, "INSERT INTO reading SELECT now() - i * INTERVAL '1 hour', 's' || (i % 3),"
          + " i FROM generate_series(1, 240) i");
      execute(server, "SELECT compress_chunk(c) FROM show_chunks('reading') c");
      execute(server, "CALL refresh_continuous_aggregate('reading_hourly', NULL, NULL)");
      assertTrue(count(server, "SELECT count(*) FROM timescaledb_information.chunks WHERE "
          + "hypertable_name = 'reading' AND is_compressed") > 5, "chunks were compressed");
      assertNoDrift(migrator);
    }
  }

  private static void assertNoDrift(Migrator migrator) {
    Drift drift = migrator.drift();
    assertEquals(List.of(), drift.differences(), "drift at " + drift.revision());
  }

  private static void execute(TimescaleServer server, String sql) throws SQLException {
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static long count(TimescaleServer server, String sql) throws SQLException {
    try (Connection c = server.connect(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
