package io.tidemark.catalog;

import io.tidemark.dialect.PostgresDialect;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The catalog queries and the one connection they run on. Every per-table query starts from
 * {@link #USER_TABLES}, so all of them agree on what a user table is.
 */
final class Queries {
  /** A schema of the user's: not PostgreSQL's, not TimescaleDB's. */
  static final String USER_SCHEMA = "n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> "
      + "'information_schema' AND n.nspname NOT LIKE '\\_timescaledb\\_%' AND n.nspname NOT IN "
      + "('timescaledb_information', 'timescaledb_experimental', 'toolkit_experimental')";

  /** Not created by an extension (TimescaleDB's own tables, say). */
  static String notFromExtension(String classId, String oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '" + classId
        + "'::regclass AND e.objid = " + oid + " AND e.deptype = 'e')";
  }

  /** The user's ordinary tables (never chunks, which live in TimescaleDB's schemas). */
  static final String USER_TABLES = "WITH t AS (SELECT c.oid, n.nspname, c.relname, "
      + "n.nspname = current_schema() AS current, c.oid::regclass::text AS ref "
      + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
      + "WHERE c.relkind = 'r' AND " + USER_SCHEMA + " AND " + notFromExtension("pg_class", "c.oid")
      + " AND NOT (n.nspname = ? AND c.relname = ?)) ";

  static final String TABLES = USER_TABLES
      + "SELECT oid, nspname, relname, current, obj_description(oid, 'pg_class') FROM t "
      + "ORDER BY nspname, relname";

  static final String COLUMNS = USER_TABLES
      + "SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
      + "pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, t.ref, "
      + "(SELECT s.oid::regclass::text FROM pg_depend o JOIN pg_class s ON s.oid = o.objid "
      + "WHERE o.refobjid = a.attrelid AND o.refobjsubid = a.attnum AND s.relkind = 'S' "
      + "AND o.deptype = 'a' LIMIT 1), t.relname, "
      + "(SELECT concat_ws(',', q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, "
      + "q.seqcycle) FROM pg_depend o JOIN pg_sequence q ON q.seqrelid = o.objid "
      + "WHERE o.refobjid = a.attrelid AND o.refobjsubid = a.attnum AND o.deptype = 'i' "
      + "AND o.classid = 'pg_class'::regclass LIMIT 1), col_description(a.attrelid, a.attnum) "
      + "FROM t JOIN pg_attribute a ON a.attrelid = t.oid "
      + "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
      + "WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid, a.attnum";

  private static final String ATTNAMES = "ARRAY(SELECT a.attname FROM unnest(%s) WITH ORDINALITY"
      + " k(n, i) JOIN pg_attribute a ON a.attrelid = %s AND a.attnum = k.n ORDER BY k.i)";

  static final String CONSTRAINTS = USER_TABLES
      + "SELECT con.conrelid, con.conname, con.contype, "
      + String.format(ATTNAMES, "con.conkey", "con.conrelid") + ", fn.nspname, fc.relname, "
      + "fn.nspname = current_schema(), "
      + String.format(ATTNAMES, "con.confkey", "con.confrelid") + ", "
      + "con.confdeltype::text || con.confupdtype::text, pg_get_expr(con.conbin, con.conrelid), "
      + "pg_get_constraintdef(con.oid), t.ref, con.condeferrable, con.condeferred, "
      // indnullsnotdistinct is PostgreSQL 15+; read through jsonb it is null before.
      + "(SELECT (to_jsonb(ix) ->> 'indnullsnotdistinct')::boolean FROM pg_index ix "
      + "WHERE ix.indexrelid = con.conindid) IS TRUE "
      + "FROM t JOIN pg_constraint con ON con.conrelid = t.oid "
      + "LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
      + "LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
      + "WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') ORDER BY con.conrelid, con.conname";

  /**
   * Key entries are read from the whole definition, which spells collations, operator classes
   * and orders only where they differ from the default; {@code NULLS NOT DISTINCT} is
   * PostgreSQL 15+.
   */
  static final String INDEXES = USER_TABLES
      + "SELECT i.indrelid, x.relname, i.indisunique, am.amname, "
      + "pg_get_expr(i.indpred, i.indrelid), pg_get_indexdef(i.indexrelid, 0, true), "
      + "ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) "
      + "FROM generate_series(i.indnkeyatts + 1, i.indnatts) k ORDER BY k), "
      + "(to_jsonb(i) ->> 'indnullsnotdistinct')::boolean IS TRUE "
      + "FROM t JOIN pg_index i ON i.indrelid = t.oid JOIN pg_class x ON x.oid = i.indexrelid "
      + "JOIN pg_am am ON am.oid = x.relam WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con "
      + "WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid "
      + "AND con.contype IN ('p', 'u', 'x')) ORDER BY i.indrelid, x.relname";

  /** Enum types of user schemas with their labels in order; the current schema's unqualified. */
  static final String ENUMS = "SELECT n.nspname = current_schema(), n.nspname, ty.typname, "
      + "ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = ty.oid "
      + "ORDER BY e.enumsortorder) FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace "
      + "WHERE ty.typtype = 'e' AND " + USER_SCHEMA + " AND " + notFromExtension("pg_type", "ty.oid")
      + " ORDER BY n.nspname, ty.typname";

  /** Reads one row of a result. */
  interface Row {
    void read(ResultSet row) throws SQLException;
  }

  private final Connection connection;
  private final String versionSchema;
  private final String versionTable;

  Queries(Connection connection, String versionSchema, String versionTable) {
    this.connection = connection;
    this.versionSchema = versionSchema;
    this.versionTable = versionTable;
  }

  /** Runs a query that starts with {@link #USER_TABLES}, each row to {@code row}. */
  void rows(String sql, Row row) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      if (sql.startsWith(USER_TABLES)) {
        statement.setString(1, versionSchema);
        statement.setString(2, versionTable);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          row.read(rows);
        }
      }
    }
  }

  /** Sets {@code IntervalStyle} (intervals are parsed in one style); returns the one before. */
  String intervalStyle(String style) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT current_setting('IntervalStyle'), set_config('IntervalStyle', ?, false)")) {
      statement.setString(1, style);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  /** Whether the TimescaleDB extension is installed. */
  boolean timescale() throws SQLException {
    List<String> found = new ArrayList<>();
    rows("SELECT 1 FROM pg_extension WHERE extname = 'timescaledb'", r -> found.add("yes"));
    return !found.isEmpty();
  }

  static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }

  /** An identifier quoted where PostgreSQL needs it, by the dialect's rules. */
  static String quote(String identifier) {
    return PostgresDialect.quote(identifier);
  }
}
