package io.tidemark;

import static io.tidemark.Ddl.compression;
import static io.tidemark.Ddl.hypertable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.AddRetentionPolicy;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RemoveRefreshPolicy;
import io.tidemark.ddl.RemoveReorderPolicy;
import io.tidemark.ddl.RemoveRetentionPolicy;
import io.tidemark.ddl.SetChunkTimeInterval;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimescaleDialectRenderTest {
  private final PostgresDialect dialect = new PostgresDialect();

  private String sql(Operation op) {
    List<Statement> statements = dialect.render(op);
    assertEquals(1, statements.size(), statements::toString);
    assertTrue(statements.get(0).transactional(), "transactional");
    return statements.get(0).sql();
  }

  @Test
  void createHypertable_timeColumnOnly_omitsAbsentArguments() {
    assertEquals("SELECT create_hypertable('metrics', 'ts')",
        sql(new CreateHypertable("metrics", hypertable("ts"))));
  }

  @Test
  void createHypertable_allArguments_rendersNamedArguments() {
    assertEquals("SELECT create_hypertable('app.\"Metrics\"', 'Time''s',"
            + " chunk_time_interval => INTERVAL '2 days', partitioning_column => 'asn_id',"
            + " number_partitions => 4, migrate_data => true)",
        sql(new CreateHypertable("app.Metrics",
            hypertable("Time's").chunkTimeInterval("2 days").partitionBy("asn_id", 4).migrateData())));
  }

  @Test
  void createHypertable_integerInterval_rendersNumber() {
    assertEquals("SELECT create_hypertable('events', 'seq', chunk_time_interval => 100000)",
        sql(new CreateHypertable("events", hypertable("seq").chunkTimeInterval("100000"))));
  }

  @Test
  void createHypertable_partitionWithoutCount_isRejected() {
    Operation op = new CreateHypertable("m", hypertable("ts").partitionBy("asn_id", 0));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dialect.render(op));
    assertEquals("hypertable m is partitioned by asn_id but has 0 partitions:"
        + " give a number of partitions of 1 or more", e.getMessage());
  }

  @Test
  void setChunkTimeInterval_rendersFunctionCall() {
    assertEquals("SELECT set_chunk_time_interval('app.metrics', INTERVAL '1 day')",
        sql(new SetChunkTimeInterval("app.metrics", "1 day", null)));
  }

  @Test
  void enableCompression_settings_quoteColumnsInsideTheLiterals() {
    assertEquals("ALTER TABLE metrics SET (timescaledb.compress,"
            + " timescaledb.compress_segmentby = 'asn_id, \"Af\"',"
            + " timescaledb.compress_orderby = 'timebin DESC, \"user\" ASC NULLS FIRST')",
        sql(new EnableCompression("metrics",
            compression().segmentBy("asn_id", "Af").orderBy("timebin desc", "user ASC nulls first"))));
    assertEquals("ALTER TABLE metrics SET (timescaledb.compress)",
        sql(new EnableCompression("metrics", compression())));
  }

  @Test
  void disableCompression_decompressesChunksFirst() {
    assertEquals(List.of(
            new Statement("SELECT count(decompress_chunk(c, true)) FROM show_chunks('app.metrics') c",
                true),
            new Statement("ALTER TABLE app.metrics SET (timescaledb.compress = false)", true)),
        dialect.render(new DisableCompression("app.metrics", null)));
  }

  @Test
  void policies_renderAddAndRemove() {
    assertEquals("SELECT add_compression_policy('metrics', compress_after => INTERVAL '7 days')",
        sql(new AddCompressionPolicy("metrics", "7 days")));
    assertEquals("SELECT remove_compression_policy('metrics', if_exists => true)",
        sql(new RemoveCompressionPolicy("metrics", null)));
    assertEquals("SELECT add_retention_policy('metrics', drop_after => INTERVAL '90 days')",
        sql(new AddRetentionPolicy("metrics", "90 days")));
    assertEquals("SELECT remove_retention_policy('metrics', if_exists => true)",
        sql(new RemoveRetentionPolicy("metrics", null)));
    assertEquals("SELECT add_reorder_policy('metrics', index_name => 'Metrics_idx')",
        sql(new AddReorderPolicy("metrics", "Metrics_idx")));
    assertEquals("SELECT remove_reorder_policy('metrics', if_exists => true)",
        sql(new RemoveReorderPolicy("metrics", null)));
  }

  @Test
  void addCompressionPolicy_withoutInterval_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> dialect.render(new AddCompressionPolicy("metrics", " ")));
    assertEquals("compress_after of metrics is missing: give a value such as \"7 days\"", e.getMessage());
  }

  @Test
  void columnstoreNames_onHypertableAndAggregate_renderThe218Calls() {
    CompressionDef settings = new CompressionDef(List.of("device"), List.of("ts DESC"));
    assertEquals("ALTER TABLE m SET (timescaledb.enable_columnstore, timescaledb.segmentby ="
            + " 'device', timescaledb.orderby = 'ts DESC')",
        sql(new EnableCompression("m", settings, false, true)));
    assertEquals("ALTER MATERIALIZED VIEW hourly SET (timescaledb.compress,"
            + " timescaledb.compress_segmentby = 'device', timescaledb.compress_orderby = 'ts DESC')",
        sql(new EnableCompression("hourly", settings, true, false)));
    assertEquals("CALL add_columnstore_policy('m', after => INTERVAL '7 days')",
        sql(new AddCompressionPolicy("m", "7 days", true)));
    assertEquals("CALL remove_columnstore_policy('m', if_exists => true)",
        sql(new RemoveCompressionPolicy("m", null, true)));
    assertEquals(List.of("SELECT count(decompress_chunk(c, true)) FROM show_chunks('hourly') c",
            "ALTER MATERIALIZED VIEW hourly SET (timescaledb.enable_columnstore = false)"),
        dialect.render(new DisableCompression("hourly", null, true, true)).stream()
            .map(Statement::sql).toList());
  }

  @Test
  void continuousAggregate_rendersCreateAlterDrop() {
    assertEquals("CREATE MATERIALIZED VIEW app.daily WITH (timescaledb.continuous,"
            + " timescaledb.materialized_only = true) AS\n"
            + "SELECT time_bucket('1 day', ts) AS day, avg(v) FROM app.metrics GROUP BY 1\n"
            + "WITH NO DATA",
        sql(new CreateContinuousAggregate("app.daily",
            " SELECT time_bucket('1 day', ts) AS day, avg(v) FROM app.metrics GROUP BY 1; ", true)));
    assertEquals("ALTER MATERIALIZED VIEW app.daily SET (timescaledb.materialized_only = false)",
        sql(new SetMaterializedOnly("app.daily", false)));
    assertEquals("DROP MATERIALIZED VIEW app.daily", sql(new DropContinuousAggregate("app.daily", null)));
  }

  @Test
  void refreshPolicy_absentValues_renderNullOffsetsAndDefaultSchedule() {
    assertEquals("SELECT add_continuous_aggregate_policy('daily', start_offset => NULL,"
            + " end_offset => INTERVAL '1 hour', schedule_interval => INTERVAL '1 hour')",
        sql(new AddRefreshPolicy("daily", new RefreshDef(null, "1 hour", null))));
    assertEquals("SELECT add_continuous_aggregate_policy('daily', start_offset => INTERVAL '1 month',"
            + " end_offset => NULL, schedule_interval => INTERVAL '30 minutes')",
        sql(new AddRefreshPolicy("daily", new RefreshDef("1 month", null, "30 minutes"))));
    assertEquals("SELECT remove_continuous_aggregate_policy('daily', if_exists => true)",
        sql(new RemoveRefreshPolicy("daily", null)));
  }

  @Test
  void convertToPlainTable_namesTheTableOnceAsRegclassLiteral() {
    String sql = sql(new ConvertToPlainTable("app.Metrics", null));
    assertTrue(sql.startsWith("DO $tidemark$\nDECLARE\n  source regclass := 'app.\"Metrics\"';\n"), sql);
    assertTrue(sql.endsWith("\nEND\n$tidemark$"), sql);
  }

  @Test
  void convertToPlainTable_nameContainingTheDollarTag_getsAnotherTag() {
    String sql = sql(new ConvertToPlainTable("x$tidemark$y", null));
    assertTrue(sql.startsWith("DO $tidemark1$\n"), sql);
    assertTrue(sql.endsWith("\n$tidemark1$"), sql);
  }
}
