package io.tidemark;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.hypertable;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The safe plans of an existing hypertable with rows in several chunks, each beside its plain
 * form on a twin hypertable: the same indexes on the hypertable and on every chunk, valid, and
 * the same constraints, validated.
 */
@ExtendWith(TimescaleExtension.class)
class TimescaleSafePlanTest {
  private static final String SAFE = "safe_metrics";
  private static final String PLAIN = "plain_metrics";
  private Connection connection;
  private String source;

  @BeforeEach
  void connect(TimescaleServer server) throws Exception {
    source = server.source();
    connection = server.connect();
    for (String table : List.of(SAFE, PLAIN)) {
      Live.apply(connection, new CreateTable(table, List.of(column("ts", "timestamptz").notNull(),
              column("device", "integer").notNull(), column("value", "double precision")),
              List.of()),
          new CreateHypertable(table, hypertable("ts").chunkTimeInterval("1 day")));
      try (java.sql.Statement s = connection.createStatement()) {
        s.execute("INSERT INTO " + table + " SELECT timestamptz '2024-01-01' + i * interval"
            + " '1 hour', i % 7, i FROM generate_series(0, 119) i");
      }
    }
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
  }

  /** Indexes of the hypertable and of its chunks, with the chunk's name left out, and validity. */
  private List<String> indexes(String table) throws Exception {
    return Live.rows(connection, "SELECT regexp_replace(pg_get_indexdef(i.indexrelid),"
        + " '_hyper_[0-9]+_[0-9]+_chunk', 'CHUNK', 'g') || ' ' || i.indisvalid FROM pg_index i"
        + " JOIN pg_class t ON t.oid = i.indrelid WHERE t.oid = ?::regclass OR t.oid IN"
        + " (SELECT c::regclass FROM show_chunks(?::regclass) c) ORDER BY 1", table, table)
        .stream().map(row -> row.replace(table, "TABLE")).toList();
  }

  /** Constraints of the hypertable and of its chunks (ids left out), with their validation. */
  private List<String> constraints(String table) throws Exception {
    return Live.rows(connection, "SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) || ' '"
        + " || c.convalidated FROM pg_constraint c WHERE c.contype IN ('c', 'f') AND (c.conrelid"
        + " = ?::regclass OR c.conrelid IN (SELECT s::regclass FROM show_chunks(?::regclass) s))"
        + " AND c.conname NOT LIKE 'constraint_%' ORDER BY 1", table, table).stream()
        .map(row -> row.replace(table, "TABLE").replaceFirst("^[0-9]+_[0-9]+_", "CHUNK_"))
        .sorted().toList();
  }

  private static IndexDef deviceIndex(String table) {
    return index(table + "_device_idx", "device", "ts DESC");
  }

  /**
   * PGlite serves one single-user PostgreSQL backend, which cannot run a statement that commits
   * transactions of its own: CREATE INDEX CONCURRENTLY and the per-chunk build both fail there
   * ("tuple concurrently deleted") and leave a catalog that later statements trip over, so this
   * test runs on a TimescaleDB server only; the build's SQL is checked by the render test and
   * the golden {@code SafePlanSteps.txt}.
   */
  @Test
  void createIndex_transactionPerChunk_runsAloneAndMatchesPlainIndexOnEveryChunk()
      throws Exception {
    assumeFalse(source.equals("PGlite"), "PGlite cannot run CREATE INDEX ... WITH"
        + " (timescaledb.transaction_per_chunk): its single-user backend fails statements that"
        + " commit inside themselves (\"tuple concurrently deleted\") and breaks its catalog;"
        + " set TIDEMARK_TEST_TIMESCALE_URL to a TimescaleDB server to run this test");
    CreateIndex safe = new CreateIndex(SAFE, deviceIndex(SAFE).transactionPerChunk());
    assertEquals(List.of(new Statement("CREATE INDEX safe_metrics_device_idx ON safe_metrics"
        + " (device, ts DESC) WITH (timescaledb.transaction_per_chunk)", false)),
        new PostgresDialect().render(safe));
    Live.apply(connection, safe);
    Live.apply(connection, new CreateIndex(PLAIN, deviceIndex(PLAIN)));
    List<String> built = indexes(SAFE);
    assertEquals(indexes(PLAIN), built);
    assertEquals(5, built.stream().filter(i -> i.contains("CHUNK_TABLE_device_idx")).count(),
        String.join("\n", built));

    Live.apply(connection, new DropIndex(SAFE, SAFE + "_device_idx", false, null),
        new DropIndex(PLAIN, PLAIN + "_device_idx", false, null));
    assertEquals(indexes(PLAIN), indexes(SAFE));
    assertEquals(List.of(), indexes(SAFE).stream().filter(i -> i.contains("device")).toList());
  }

  @Test
  void checkForeignKeyAndNotNull_notValidThenValidated_matchPlainConstraintsOnEveryChunk()
      throws Exception {
    Live.apply(connection, new CreateTable("device", List.of(column("id", "integer").notNull()),
        List.of(primaryKey("device_pkey", "id"))));
    try (java.sql.Statement s = connection.createStatement()) {
      s.execute("INSERT INTO device SELECT g FROM generate_series(0, 6) g");
    }
    List<Operation> safe = List.of(
        new AddConstraint(SAFE, foreignKey("safe_device_fkey", "device").references("device", "id")
            .notValid()),
        new ValidateConstraint(SAFE, "safe_device_fkey"),
        new AddConstraint(SAFE, check("safe_value_check", "value >= 0").notValid()),
        new AddConstraint(SAFE, check("safe_value_not_null_check", "value IS NOT NULL")
            .notValid()),
        new ValidateConstraint(SAFE, "safe_value_check"),
        new ValidateConstraint(SAFE, "safe_value_not_null_check"),
        new SetNullable(SAFE, "value", false),
        new DropConstraint(SAFE, "safe_value_not_null_check", null));
    Live.apply(connection, safe.toArray(Operation[]::new));
    Live.apply(connection, new AddConstraint(PLAIN,
            foreignKey("plain_device_fkey", "device").references("device", "id")),
        new AddConstraint(PLAIN, check("plain_value_check", "value >= 0")),
        new SetNullable(PLAIN, "value", false));
    assertEquals(constraints(PLAIN).stream().map(c -> c.replace("plain_", "safe_")).toList(),
        constraints(SAFE));
    assertEquals(List.of("t"), Live.rows(connection, "SELECT DISTINCT attnotnull FROM pg_attribute"
        + " WHERE attname = 'value' AND (attrelid = ?::regclass OR attrelid IN"
        + " (SELECT c::regclass FROM show_chunks(?::regclass) c))", SAFE, SAFE));
  }
}
