package io.tidemark;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.compression;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.hypertable;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.AddRetentionPolicy;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateTable;
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
import io.tidemark.dialect.Statement;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs every TimescaleDB operation and reads the result back from timescaledb_information. */
@ExtendWith(TimescaleExtension.class)
class TimescaleDialectExecutionTest {
  private static final String METRICS = "Tele.Metrics";
  private Connection connection;

  @BeforeEach
  void connect(TimescaleServer server) throws Exception {
    connection = server.connect();
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  private void apply(Operation... ops) throws Exception {
    Live.apply(connection, ops);
  }

  private List<String> rows(String query, Object... args) throws Exception {
    return Live.rows(connection, query, args);
  }

  private List<String> jobs() throws Exception {
    return rows("SELECT proc_name, config - 'hypertable_id' - 'mat_hypertable_id'"
        + " FROM timescaledb_information.jobs WHERE hypertable_schema = 'Tele' ORDER BY proc_name");
  }

  private void createMetrics() throws Exception {
    apply(new CreateSchema("Tele"),
        new CreateTable(METRICS,
            List.of(column("timebin", "timestamptz").notNull(), column("asn_id", "integer").notNull(),
                column("af", "integer").notNull(), column("value", "double precision")),
            List.of(primaryKey("Metrics_pkey", "asn_id", "af", "timebin"))),
        new CreateIndex(METRICS, index("Metrics_asn_idx", "asn_id", "timebin DESC")));
  }

  private void insertRows(int count) throws Exception {
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute("INSERT INTO \"Tele\".\"Metrics\" SELECT timestamptz '2024-01-01' + i * interval '1 day',"
          + " i % 3, 4, i FROM generate_series(1, " + count + ") i");
    }
  }

  @Test
  void createHypertable_withPartitions_showsDimensions() throws Exception {
    createMetrics();
    apply(new CreateHypertable(METRICS,
        hypertable("timebin").chunkTimeInterval("2 days").partitionBy("asn_id", 4)));
    assertEquals(List.of("Tele|Metrics|2"), rows("SELECT hypertable_schema, hypertable_name, num_dimensions"
        + " FROM timescaledb_information.hypertables"));
    assertEquals(List.of("timebin|Time|2 days|null", "asn_id|Space|null|4"),
        rows("SELECT column_name, dimension_type, time_interval, num_partitions"
            + " FROM timescaledb_information.dimensions ORDER BY dimension_number"));
    apply(new SetChunkTimeInterval(METRICS, "7 days", null));
    assertEquals(List.of("7 days"), rows("SELECT time_interval FROM timescaledb_information.dimensions"
        + " WHERE dimension_number = 1"));
  }

  @Test
  void compressionAndPolicies_addAndRemove_showInInformationViews() throws Exception {
    createMetrics();
    apply(new CreateHypertable(METRICS, hypertable("timebin").chunkTimeInterval("2 days")),
        new EnableCompression(METRICS, compression().segmentBy("asn_id", "af").orderBy("timebin DESC")),
        new AddCompressionPolicy(METRICS, "7 days"),
        new AddRetentionPolicy(METRICS, "90 days"),
        new AddReorderPolicy(METRICS, "Metrics_asn_idx"));
    assertEquals(List.of("t"), rows("SELECT compression_enabled FROM timescaledb_information.hypertables"));
    assertEquals(List.of("asn_id|1|null|null", "af|2|null|null", "timebin|null|1|f"),
        rows("SELECT attname, segmentby_column_index, orderby_column_index, orderby_asc"
            + " FROM timescaledb_information.compression_settings"
            + " ORDER BY coalesce(segmentby_column_index, 10 + orderby_column_index)"));
    assertEquals(List.of(
            "policy_compression|{\"compress_after\": \"7 days\"}",
            "policy_reorder|{\"index_name\": \"Metrics_asn_idx\"}",
            "policy_retention|{\"drop_after\": \"90 days\"}"),
        jobs());
    apply(new RemoveCompressionPolicy(METRICS, null), new RemoveRetentionPolicy(METRICS, null),
        new RemoveReorderPolicy(METRICS, null), new RemoveReorderPolicy(METRICS, null));
    assertEquals(List.of(), jobs());
  }

  @Test
  void disableCompression_withCompressedChunks_decompressesAndKeepsRows() throws Exception {
    createMetrics();
    apply(new CreateHypertable(METRICS, hypertable("timebin").chunkTimeInterval("2 days")),
        new EnableCompression(METRICS, compression().segmentBy("asn_id")));
    insertRows(10);
    rows("SELECT compress_chunk(c) FROM show_chunks('\"Tele\".\"Metrics\"') c");
    assertEquals(List.of("5"), rows("SELECT count(*) FROM chunk_compression_stats('\"Tele\".\"Metrics\"')"
        + " WHERE compression_status = 'Compressed'"));
    apply(new DisableCompression(METRICS, null));
    assertEquals(List.of("f"), rows("SELECT compression_enabled FROM timescaledb_information.hypertables"));
    assertEquals(List.of("10"), rows("SELECT count(*) FROM \"Tele\".\"Metrics\""));
  }

  @Test
  void continuousAggregate_createPolicyAlterDrop_showsInInformationViews() throws Exception {
    createMetrics();
    apply(new CreateHypertable(METRICS, hypertable("timebin")),
        new CreateContinuousAggregate("Tele.Daily",
            "SELECT time_bucket(INTERVAL '1 day', timebin) AS day, asn_id, avg(value) AS value"
                + " FROM \"Tele\".\"Metrics\" GROUP BY 1, 2;", true),
        new AddRefreshPolicy("Tele.Daily", new RefreshDef("1 month", "1 hour", null)));
    assertEquals(List.of("Daily|t"), rows("SELECT view_name, materialized_only"
        + " FROM timescaledb_information.continuous_aggregates"));
    assertEquals(List.of("policy_refresh_continuous_aggregate"
            + "|{\"end_offset\": \"01:00:00\", \"start_offset\": \"1 mon\"}|01:00:00"),
        rows("SELECT proc_name, config - 'mat_hypertable_id', schedule_interval"
            + " FROM timescaledb_information.jobs WHERE hypertable_name = 'Daily'"));
    apply(new SetMaterializedOnly("Tele.Daily", false),
        new RemoveRefreshPolicy("Tele.Daily", null));
    assertEquals(List.of("f"), rows("SELECT materialized_only FROM timescaledb_information.continuous_aggregates"));
    assertEquals(List.of(), rows("SELECT 1 FROM timescaledb_information.jobs WHERE hypertable_name = 'Daily'"));
    apply(new AddRefreshPolicy("Tele.Daily", new RefreshDef(null, "1 day", "2 hours")));
    assertEquals(List.of("{\"end_offset\": \"1 day\", \"start_offset\": null}|02:00:00"),
        rows("SELECT config - 'mat_hypertable_id', schedule_interval"
            + " FROM timescaledb_information.jobs WHERE hypertable_name = 'Daily'"));
    apply(new DropContinuousAggregate("Tele.Daily", null));
    assertEquals(List.of(), rows("SELECT 1 FROM timescaledb_information.continuous_aggregates"));
  }

  @Test
  void convertToPlainTable_compressedHypertable_keepsRowsConstraintsAndDeclaredIndexNames() throws Exception {
    apply(new CreateSchema("Tele"),
        new CreateTable("Tele.asn", List.of(column("id", "integer").notNull()),
            List.of(primaryKey("asn_pkey", "id"))));
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute("INSERT INTO \"Tele\".asn VALUES (0), (1), (2)");
    }
    createMetrics();
    apply(new AddColumn(METRICS, column("id", "serial")),
        new AddConstraint(METRICS, check("Metrics_value_check", "value >= 0")),
        new AddConstraint(METRICS, foreignKey("Metrics_asn_fkey", "asn_id").references("Tele.asn")));
    insertRows(6);
    apply(new CreateHypertable(METRICS, hypertable("timebin").chunkTimeInterval("2 days").migrateData()),
        new EnableCompression(METRICS, compression().segmentBy("asn_id")),
        new AddCompressionPolicy(METRICS, "7 days"));
    rows("SELECT compress_chunk(c) FROM show_chunks('\"Tele\".\"Metrics\"') c");
    String constraints = "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE conrelid = '\"Tele\".\"Metrics\"'::regclass AND contype <> 'n' ORDER BY conname";
    String indexes = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'Tele'"
        + " AND tablename = 'Metrics' ORDER BY indexname";
    String data = "SELECT timebin, asn_id, af, value, id FROM \"Tele\".\"Metrics\" ORDER BY timebin";
    List<String> constraintsBefore = rows(constraints);
    List<String> indexesBefore = rows(indexes).stream()
        .filter(row -> !row.startsWith("Metrics_timebin_idx|")).toList();
    List<String> rowsBefore = rows(data);

    apply(new ConvertToPlainTable(METRICS, null));

    assertEquals(List.of(), rows("SELECT 1 FROM timescaledb_information.hypertables"));
    assertEquals(List.of(), jobs());
    assertEquals(constraintsBefore, rows(constraints));
    assertEquals(indexesBefore, rows(indexes));
    assertEquals(List.of("Metrics_asn_idx", "Metrics_pkey"),
        rows(indexes).stream().map(row -> row.substring(0, row.indexOf('|'))).toList());
    assertEquals(rowsBefore, rows(data));
    assertEquals(List.of("7"), rows("INSERT INTO \"Tele\".\"Metrics\" (timebin, asn_id, af)"
        + " VALUES (now(), 1, 4) RETURNING id"));
    assertEquals(List.of("r"), rows("SELECT relkind FROM pg_class WHERE oid = '\"Tele\".\"Metrics\"'::regclass"));
  }

  @Test
  void convertToPlainTable_referencedByAnotherTable_keepsTheForeignKeyAndItsRows() throws Exception {
    createMetrics();
    apply(new CreateHypertable(METRICS, hypertable("timebin").chunkTimeInterval("2 days")));
    insertRows(4);
    apply(new CreateTable("Tele.alerts",
        List.of(column("asn_id", "integer").notNull(), column("af", "integer").notNull(),
            column("timebin", "timestamptz").notNull()),
        List.of(foreignKey("alerts_metric_fkey", "asn_id", "af", "timebin")
            .references(METRICS, "asn_id", "af", "timebin").onDelete("CASCADE"))));
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute("INSERT INTO \"Tele\".alerts SELECT asn_id, af, timebin FROM \"Tele\".\"Metrics\"");
    }
    // TimescaleDB adds one more per chunk; the declared one references the hypertable itself.
    String foreignKeys = "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE conrelid = '\"Tele\".alerts'::regclass AND contype = 'f'"
        + " AND confrelid = '\"Tele\".\"Metrics\"'::regclass";
    List<String> before = rows(foreignKeys);
    assertEquals(1, before.size());

    apply(new ConvertToPlainTable(METRICS, null));

    assertEquals(List.of(), rows("SELECT 1 FROM timescaledb_information.hypertables"));
    assertEquals(before, rows(foreignKeys));
    assertEquals(List.of("4"), rows("SELECT count(*) FROM \"Tele\".alerts"));
    rows("DELETE FROM \"Tele\".\"Metrics\" WHERE asn_id = 1 RETURNING 1");
    assertEquals(rows("SELECT count(*) FROM \"Tele\".\"Metrics\""),
        rows("SELECT count(*) FROM \"Tele\".alerts"));
  }
}
