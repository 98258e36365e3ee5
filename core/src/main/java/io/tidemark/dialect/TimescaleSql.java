package io.tidemark.dialect;

import static io.tidemark.dialect.PostgresDialect.one;
import static io.tidemark.dialect.Sql.interval;
import static io.tidemark.dialect.Sql.literal;
import static io.tidemark.dialect.Sql.qualified;
import static io.tidemark.dialect.Sql.regclass;

import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.RefreshDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the TimescaleDB calls for hypertables, compression, policies and continuous
 * aggregates, using only functions and named arguments that exist since TimescaleDB 2.13, or,
 * for operations made with the columnstore names, since 2.18.
 */
final class TimescaleSql {
  /** The refresh schedule when a policy names none; TimescaleDB's own add_policies uses it. */
  static final String DEFAULT_SCHEDULE_INTERVAL = "1 hour";

  List<Statement> createHypertable(String table, HypertableDef hypertable) {
    List<String> args = new ArrayList<>();
    args.add(regclass(table));
    args.add(literal(hypertable.timeColumn()));
    if (hypertable.chunkTimeInterval() != null) {
      args.add("chunk_time_interval => " + interval(hypertable.chunkTimeInterval()));
    }
    if (hypertable.partitionColumn() != null) {
      if (hypertable.partitions() < 1) {
        throw new IllegalArgumentException("hypertable " + table + " is partitioned by "
            + hypertable.partitionColumn() + " but has " + hypertable.partitions()
            + " partitions: give a number of partitions of 1 or more");
      }
      args.add("partitioning_column => " + literal(hypertable.partitionColumn()));
      args.add("number_partitions => " + hypertable.partitions());
    }
    if (hypertable.migrate()) {
      args.add("migrate_data => true");
    }
    List<Statement> statements = new ArrayList<>(
        one("SELECT create_hypertable(" + String.join(", ", args) + ")"));
    hypertable.dimensions().forEach(d -> statements.addAll(addDimension(table, d)));
    return statements;
  }

  /** {@code add_dimension} with {@code by_hash} or {@code by_range}, both TimescaleDB 2.13+. */
  List<Statement> addDimension(String table, DimensionDef dimension) {
    return one("SELECT add_dimension(" + regclass(table) + ", " + (dimension.hashed()
        ? "by_hash(" + literal(dimension.column()) + ", " + dimension.partitions() + ")"
        : "by_range(" + literal(dimension.column()) + ", " + interval(dimension.interval()) + ")")
        + ")");
  }

  List<Statement> setChunkTimeInterval(String table, String chunkInterval) {
    return one("SELECT set_chunk_time_interval(" + regclass(table) + ", "
        + interval(chunkInterval) + ")");
  }

  /**
   * {@code ALTER TABLE} (or {@code ALTER MATERIALIZED VIEW} for an aggregate) with the legacy
   * {@code timescaledb.compress*} options or, for {@code columnstore}, their 2.18+ names.
   */
  List<Statement> enableCompression(String table, CompressionDef compression, boolean aggregate,
      boolean columnstore) {
    StringBuilder sql = new StringBuilder(alter(table, aggregate))
        .append(columnstore ? " SET (timescaledb.enable_columnstore" : " SET (timescaledb.compress");
    if (!compression.segmentBy().isEmpty()) {
      sql.append(columnstore ? ", timescaledb.segmentby = " : ", timescaledb.compress_segmentby = ")
          .append(literal(Sql.columnList(compression.segmentBy())));
    }
    if (!compression.orderBy().isEmpty()) {
      sql.append(columnstore ? ", timescaledb.orderby = " : ", timescaledb.compress_orderby = ")
          .append(literal(Sql.orderedColumnList(compression.orderBy())));
    }
    return one(sql.append(')').toString());
  }

  private static String alter(String relation, boolean aggregate) {
    return (aggregate ? "ALTER MATERIALIZED VIEW " : "ALTER TABLE ") + qualified(relation);
  }

  /**
   * TimescaleDB refuses to turn compression off while compressed chunks exist. The decompression
   * is aggregated into one row: a client that fetches only the first row of a result (pgjdbc does
   * in batches) would otherwise stop after the first chunk.
   */
  List<Statement> disableCompression(String table, boolean aggregate, boolean columnstore) {
    return List.of(
        new Statement("SELECT count(decompress_chunk(c, true)) FROM show_chunks(" + regclass(table) + ") c", true),
        new Statement(alter(table, aggregate) + (columnstore
            ? " SET (timescaledb.enable_columnstore = false)"
            : " SET (timescaledb.compress = false)"), true));
  }

  /** {@code add_columnstore_policy} is a procedure, called with {@code after}. */
  List<Statement> addCompressionPolicy(String table, String compressAfter, boolean columnstore) {
    String after = interval(required(compressAfter, "compress_after", table));
    return one(columnstore
        ? "CALL add_columnstore_policy(" + regclass(table) + ", after => " + after + ")"
        : "SELECT add_compression_policy(" + regclass(table) + ", compress_after => " + after + ")");
  }

  List<Statement> removeCompressionPolicy(String table, boolean columnstore) {
    return columnstore
        ? one("CALL remove_columnstore_policy(" + regclass(table) + ", if_exists => true)")
        : removePolicy("remove_compression_policy", table);
  }

  List<Statement> addRetentionPolicy(String table, String dropAfter) {
    return one("SELECT add_retention_policy(" + regclass(table) + ", drop_after => "
        + interval(required(dropAfter, "drop_after", table)) + ")");
  }

  List<Statement> addReorderPolicy(String table, String index) {
    return one("SELECT add_reorder_policy(" + regclass(table) + ", index_name => "
        + literal(required(index, "index_name", table)) + ")");
  }

  /** Every remove_*_policy function takes {@code if_exists} (the refresh one since 2.8). */
  List<Statement> removePolicy(String function, String relation) {
    return one("SELECT " + function + "(" + regclass(relation) + ", if_exists => true)");
  }

  List<Statement> createContinuousAggregate(String view, String query, boolean materializedOnly) {
    return one("CREATE MATERIALIZED VIEW " + qualified(view)
        + " WITH (timescaledb.continuous, timescaledb.materialized_only = " + materializedOnly
        + ") AS\n" + stripTrailingSemicolon(query) + "\nWITH NO DATA");
  }

  static String stripTrailingSemicolon(String query) {
    String trimmed = query.strip();
    while (trimmed.endsWith(";")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1).stripTrailing();
    }
    return trimmed;
  }

  /** Offsets left out mean "no bound" (NULL); a missing schedule gets one hour. */
  List<Statement> addRefreshPolicy(String view, RefreshDef refresh) {
    String schedule = refresh.scheduleInterval();
    return one("SELECT add_continuous_aggregate_policy(" + regclass(view)
        + ", start_offset => " + interval(refresh.startOffset())
        + ", end_offset => " + interval(refresh.endOffset())
        + ", schedule_interval => INTERVAL "
        + literal(schedule == null ? DEFAULT_SCHEDULE_INTERVAL : schedule.trim()) + ")");
  }

  /**
   * Turns a hypertable back into a plain table: TimescaleDB has no reverse call, so one DO
   * block reads the table's constraint and index definitions, copies the rows into a new
   * table, drops the hypertable, renames the copy and recreates the definitions.
   *
   * <p>Preserved: columns with types, defaults, NOT NULL, identity and generated expressions,
   * storage and column comments; the table comment; CHECK, primary key, unique, exclusion and
   * outgoing foreign key constraints and every other index under their names; foreign keys of
   * other tables that reference it (dropped before, added again after); sequences owned by
   * serial columns; all rows, compressed chunks included. TimescaleDB's automatic indexes
   * ({@code <table>_<time>_idx}, {@code <table>_<partition>_<time>_idx}), which
   * {@code create_hypertable} added, are left out, so the table ends as it was before. Not
   * preserved: grants, ownership, triggers, row-level security, tablespace and storage
   * parameters. Dependent views (continuous aggregates) must be dropped first; otherwise the
   * drop fails and nothing changes.
   */
  List<Statement> convertToPlainTable(String table) {
    String body = String.join("\n",
        "DECLARE",
        "  source regclass := " + regclass(table) + ";",
        "  nsp name;",
        "  rel name;",
        "  target text;",
        "  cols text;",
        "  ddl text[];",
        "  incoming text[];",
        "  automatic name[];",
        "  stmt text;",
        "  r record;",
        "BEGIN",
        "  SELECT n.nspname, c.relname INTO nsp, rel",
        "    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = source;",
        "  target := format('%I.%I', nsp, left(rel, 40) || '_tidemark_plain');",
        "  SELECT coalesce(array_agg(format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s',",
        "      nsp, rel, conname, pg_get_constraintdef(oid)) ORDER BY contype = 'f', contype <> 'p', conname), '{}')",
        "    INTO ddl FROM pg_constraint WHERE conrelid = source AND contype IN ('p', 'u', 'x', 'f');",
        "  SELECT coalesce(array_agg(a.n), '{}') INTO automatic FROM (",
        "    SELECT rel || '_' || t.column_name || '_idx' AS n FROM timescaledb_information.dimensions t",
        "      WHERE t.hypertable_schema = nsp AND t.hypertable_name = rel AND t.dimension_number = 1",
        "    UNION ALL SELECT rel || '_' || p.column_name || '_' || t.column_name || '_idx'",
        "      FROM timescaledb_information.dimensions t JOIN timescaledb_information.dimensions p",
        "        ON p.hypertable_schema = t.hypertable_schema AND p.hypertable_name = t.hypertable_name",
        "      WHERE t.hypertable_schema = nsp AND t.hypertable_name = rel",
        "        AND t.dimension_number = 1 AND p.dimension_number > 1) a;",
        "  SELECT ddl || coalesce(array_agg(pg_get_indexdef(i.indexrelid) ORDER BY i.indexrelid), '{}')",
        "    INTO ddl FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid WHERE i.indrelid = source",
        "    AND x.relname <> ALL (automatic)",
        "    AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = source);",
        "  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols FROM pg_attribute",
        "    WHERE attrelid = source AND attnum > 0 AND NOT attisdropped AND attgenerated = '';",
        "  SELECT coalesce(array_agg(format('ALTER TABLE %s ADD CONSTRAINT %I %s',",
        "      conrelid::regclass, conname, pg_get_constraintdef(oid)) ORDER BY conrelid::regclass::text, conname), '{}')",
        "    INTO incoming FROM pg_constraint WHERE confrelid = source AND conrelid <> source AND contype = 'f';",
        "  FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint",
        "      WHERE confrelid = source AND conrelid <> source AND contype = 'f' LOOP",
        "    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname);",
        "  END LOOP;",
        "  EXECUTE format('CREATE TABLE %s (LIKE %s INCLUDING ALL EXCLUDING INDEXES)', target, source);",
        "  EXECUTE format('INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %s', target, cols, cols, source);",
        "  FOR r IN SELECT d.objid::regclass AS seq, a.attname FROM pg_depend d",
        "      JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S'",
        "      JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid",
        "      WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass",
        "      AND d.refobjid = source AND d.deptype = 'a' LOOP",
        "    EXECUTE format('ALTER SEQUENCE %s OWNED BY %s.%I', r.seq, target, r.attname);",
        "  END LOOP;",
        "  FOR r IN SELECT attname FROM pg_attribute WHERE attrelid = target::regclass AND attidentity <> '' LOOP",
        "    EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, %L), max(%I)) FROM %s HAVING max(%I) IS NOT NULL',",
        "      target, r.attname, r.attname, target, r.attname);",
        "  END LOOP;",
        "  EXECUTE format('COMMENT ON TABLE %s IS %L', target, obj_description(source, 'pg_class'));",
        "  EXECUTE format('DROP TABLE %s', source);",
        "  EXECUTE format('ALTER TABLE %s RENAME TO %I', target, rel);",
        "  FOREACH stmt IN ARRAY ddl || incoming LOOP",
        "    EXECUTE stmt;",
        "  END LOOP;",
        "END");
    String tag = dollarTag(body);
    return one("DO " + tag + "\n" + body + "\n" + tag);
  }

  /** A dollar-quote tag that the body cannot close early, whatever the table is called. */
  private static String dollarTag(String body) {
    String tag = "$tidemark$";
    for (int i = 1; body.contains(tag); i++) {
      tag = "$tidemark" + i + "$";
    }
    return tag;
  }

  private static String required(String value, String argument, String relation) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(argument + " of " + relation
          + " is missing: give a value such as \"7 days\"");
    }
    return value;
  }
}
