package io.tidemark.it.timescale;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the schema {@code public} holds, read back through PostgreSQL's catalogs and
 * TimescaleDB's {@code timescaledb_information} views, one line per fact. Ids that TimescaleDB
 * assigns (hypertable and job ids, names of materialization hypertables) are left out, so two
 * databases that hold the same schema read the same, whichever way they got there.
 */
record TimescaleCatalog(List<String> columns, List<String> constraints, List<String> indexes,
    List<String> hypertables, List<String> dimensions, List<String> compression,
    List<String> jobs, List<String> aggregates, List<String> chunks) {
  private static final String VERSION_TABLE = "tidemark_version";

  TimescaleCatalog {
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
    indexes = List.copyOf(indexes);
    hypertables = List.copyOf(hypertables);
    dimensions = List.copyOf(dimensions);
    compression = List.copyOf(compression);
    jobs = List.copyOf(jobs);
    aggregates = List.copyOf(aggregates);
    chunks = List.copyOf(chunks);
  }

  static TimescaleCatalog read(Connection c) throws SQLException {
    return new TimescaleCatalog(
        lines(c, "SELECT table_name || '.' || column_name || ' ' || data_type"
            + " || CASE is_nullable WHEN 'NO' THEN ' NOT NULL' ELSE '' END"
            + " FROM information_schema.columns WHERE table_schema = 'public'"
            + " AND table_name <> '" + VERSION_TABLE + "'"),
        lines(c, "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
            + " FROM pg_constraint WHERE connamespace = 'public'::regnamespace"
            + " AND conrelid::regclass::text <> '" + VERSION_TABLE + "'"),
        lines(c, "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'"
            + " AND tablename <> '" + VERSION_TABLE + "'"),
        lines(c, "SELECT hypertable_name || ' dimensions ' || num_dimensions"
            + " || ' compression ' || compression_enabled"
            + " FROM timescaledb_information.hypertables WHERE hypertable_schema = 'public'"),
        lines(c, "SELECT hypertable_name || ' #' || dimension_number || ' ' || column_name"
            + " || ' ' || dimension_type || ' ' || coalesce(time_interval::text, '')"
            + " || coalesce(integer_interval::text, '') || coalesce(' partitions ' || num_partitions, '')"
            + " FROM timescaledb_information.dimensions WHERE hypertable_schema = 'public'"),
        lines(c, "SELECT hypertable_name || ' ' || attname"
            + " || coalesce(' segmentby #' || segmentby_column_index, '')"
            + " || coalesce(' orderby #' || orderby_column_index"
            + " || CASE WHEN orderby_asc THEN ' ASC' ELSE ' DESC' END"
            + " || CASE WHEN orderby_nullsfirst THEN ' NULLS FIRST' ELSE ' NULLS LAST' END, '')"
            + " FROM timescaledb_information.compression_settings"
            + " WHERE hypertable_schema = 'public'"),
        lines(c, "SELECT j.proc_name || ' on ' || coalesce(a.view_name, j.hypertable_name)"
            + " || ' every ' || j.schedule_interval"
            + " || ' ' || (j.config - 'hypertable_id' - 'mat_hypertable_id')::text"
            + " FROM timescaledb_information.jobs j"
            + " LEFT JOIN timescaledb_information.continuous_aggregates a"
            + " ON (j.hypertable_schema, j.hypertable_name) IN ((a.view_schema, a.view_name),"
            + " (a.materialization_hypertable_schema, a.materialization_hypertable_name))"
            + " WHERE j.hypertable_name IS NOT NULL"),
        // an aggregate on an aggregate is on the other's materialization hypertable, whose
        // name holds an id: it is named by its aggregate instead
        lines(c, "SELECT a.view_name || ' on ' || coalesce(p.view_name, a.hypertable_name)"
            + " || ' materialized_only ' || a.materialized_only"
            + " || ' compression ' || a.compression_enabled"
            + " || ' ' || regexp_replace(a.view_definition, '\\s+', ' ', 'g')"
            + " FROM timescaledb_information.continuous_aggregates a"
            + " LEFT JOIN timescaledb_information.continuous_aggregates p"
            + " ON p.materialization_hypertable_name = a.hypertable_name"
            + " WHERE a.view_schema = 'public'"),
        lines(c, "SELECT hypertable_name || ' chunks ' || count(*)"
            + " || ' compressed ' || count(*) FILTER (WHERE is_compressed)"
            + " FROM timescaledb_information.chunks WHERE hypertable_schema = 'public'"
            + " GROUP BY hypertable_name"));
  }

  /** The same without its chunks, for a database that has the schema but not the rows. */
  TimescaleCatalog withoutChunks() {
    return new TimescaleCatalog(columns, constraints, indexes, hypertables, dimensions,
        compression, jobs, aggregates, List.of());
  }

  /** One scalar query; for checks that the views' text form would make brittle. */
  static String scalar(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
      if (!rs.next()) {
        throw new AssertionError("no row from: " + query);
      }
      return rs.getString(1);
    }
  }

  static List<String> lines(Connection c, String query) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT line FROM (" + query + ") q(line) ORDER BY 1")) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    }
    return lines;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    append(text, "column", columns);
    append(text, "constraint", constraints);
    append(text, "index", indexes);
    append(text, "hypertable", hypertables);
    append(text, "dimension", dimensions);
    append(text, "compression", compression);
    append(text, "job", jobs);
    append(text, "aggregate", aggregates);
    append(text, "chunks", chunks);
    return text.toString();
  }

  private static void append(StringBuilder text, String kind, List<String> lines) {
    lines.forEach(line -> text.append(kind).append(' ').append(line).append('\n'));
  }
}
