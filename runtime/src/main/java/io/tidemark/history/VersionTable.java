package io.tidemark.history;

import io.tidemark.AppliedRevision;
import io.tidemark.ErrorCode;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import io.tidemark.dialect.PostgresDialect;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code tidemark_version} table: its DDL, the statements that record an upgrade,
 * downgrade or stamp (the same text online and in offline SQL), the progress of a revision
 * with steps outside a transaction, and reading it back.
 */
public final class VersionTable {
  public static final String DEFAULT_SCHEMA = "public";
  public static final String DEFAULT_NAME = "tidemark_version";

  /** The {@code state} of a row: applied, or a run of the revision that stopped part way. */
  static final String APPLIED = "applied";
  static final String UPGRADING = "upgrading";
  static final String DOWNGRADING = "downgrading";

  /** The columns every version table has; {@code state} and {@code completed_steps} came later. */
  private static final List<String> COLUMNS = List.of("id", "parents", "message", "checksum",
      "applied_at", "applied_by", "execution_ms", "is_head");

  /** Milliseconds since the current transaction began, computed by the server. */
  private static final String ELAPSED_MS =
      "(extract(epoch FROM clock_timestamp() - now()) * 1000)::bigint";

  private final String schema;
  private final String name;
  private final String qualified;

  public VersionTable(String schema, String name) {
    if (schema == null || schema.isBlank() || name == null || name.isBlank()) {
      throw new IllegalArgumentException("version table schema and name must not be blank");
    }
    this.schema = schema;
    this.name = name;
    this.qualified = PostgresDialect.quote(schema) + "." + PostgresDialect.quote(name);
  }

  /** The quoted, schema-qualified table name. */
  public String qualifiedName() {
    return qualified;
  }

  /** The advisory lock key: stable across JVMs, different for each version table. */
  public long lockKey() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(("tidemark:" + schema + "." + name).getBytes(StandardCharsets.UTF_8));
      long key = 0;
      for (int i = 0; i < 8; i++) {
        key = (key << 8) | (hash[i] & 0xff);
      }
      return key;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** True when {@code error} says the table (or its schema) does not exist. */
  public static boolean missing(SQLException error) {
    return "42P01".equals(error.getSQLState());
  }

  /** An SQL expression that is true when the table exists (and false, not an error, if not). */
  public String existsExpression() {
    return "to_regclass(" + PostgresDialect.literal(qualified) + ") IS NOT NULL";
  }

  /** Creates the table if missing; fails with SQLState 3F000 while its schema is missing. */
  public String createTable() {
    return "CREATE TABLE IF NOT EXISTS " + qualified + " (\n"
        + "  id text PRIMARY KEY,\n"
        + "  parents text[] NOT NULL,\n"
        + "  message text NOT NULL,\n"
        + "  checksum text NOT NULL,\n"
        + "  applied_at timestamptz NOT NULL DEFAULT now(),\n"
        + "  applied_by text NOT NULL DEFAULT current_user,\n"
        + "  execution_ms bigint,\n"
        + "  is_head boolean NOT NULL,\n"
        + "  state text NOT NULL DEFAULT 'applied',\n"
        + "  completed_steps integer\n"
        + ")";
  }

  /**
   * Adds the progress columns to a table made before they existed; every row it holds is
   * applied. Run only when {@link Rows#tracksProgress()} is false: ALTER TABLE needs the
   * table's owner even when the columns exist.
   */
  public String addProgressColumns() {
    return "ALTER TABLE " + qualified + " ADD COLUMN IF NOT EXISTS state text NOT NULL DEFAULT "
        + "'applied', ADD COLUMN IF NOT EXISTS completed_steps integer";
  }

  /**
   * Records that {@code completed} steps of the revision's upgrade or downgrade are done; an
   * upgrade's first record ({@code first}) inserts its row. That row is not applied yet: it is
   * not a head and reads as a {@link PartialRevision}.
   */
  public String recordProgress(RevisionNode node, String checksum, boolean upgrade,
      int completed, boolean first) {
    String id = PostgresDialect.literal(node.id());
    if (!upgrade) {
      return "UPDATE " + qualified + " SET state = '" + DOWNGRADING + "', completed_steps = "
          + completed + " WHERE id = " + id;
    }
    if (!first) {
      return "UPDATE " + qualified + " SET completed_steps = " + completed + " WHERE id = " + id
          + " AND state = '" + UPGRADING + "'";
    }
    return "INSERT INTO " + qualified + " (id, parents, message, checksum, execution_ms, "
        + "is_head, state, completed_steps) VALUES (" + id + ", "
        + SqlText.textArray(node.parents()) + ", " + PostgresDialect.literal(node.message())
        + ", " + PostgresDialect.literal(checksum) + ", NULL, false, '" + UPGRADING + "', "
        + completed + ")";
  }

  /** Removes the progress row of an upgrade, before {@link #recordUpgrade} records it applied. */
  public String clearProgress(RevisionNode node) {
    return "DELETE FROM " + qualified + " WHERE id = " + PostgresDialect.literal(node.id())
        + " AND state = '" + UPGRADING + "'";
  }

  /** Creates the table's schema if missing. */
  public String createSchema() {
    return "CREATE SCHEMA IF NOT EXISTS " + PostgresDialect.quote(schema);
  }

  /**
   * One statement that creates the schema and the table only where they are missing, for
   * offline SQL: unlike {@code IF NOT EXISTS}, it asks for no CREATE privilege when they exist.
   */
  public String createIfMissing() {
    StringBuilder block = new StringBuilder("DO $tidemark$\nBEGIN\n");
    if (!schema.equals(DEFAULT_SCHEMA)) {
      block.append("  IF to_regnamespace(").append(PostgresDialect.literal(
          PostgresDialect.quote(schema))).append(") IS NULL THEN\n    ").append(createSchema())
          .append(";\n  END IF;\n");
    }
    block.append("  IF to_regclass(").append(PostgresDialect.literal(qualified))
        .append(") IS NULL THEN\n    ").append(createTable().replace("\n", "\n    "))
        .append(";\n  END IF;\nEND\n$tidemark$");
    return block.toString();
  }

  /** The privileges that reading (and, for writing commands, changing) the table needs. */
  public String readPrivileges() {
    return "Reading the version table needs USAGE on schema " + PostgresDialect.quote(schema)
        + " and SELECT on " + qualified + "; upgrade, downgrade and stamp need INSERT, UPDATE "
        + "and DELETE on it too.";
  }

  /** The privilege that creating the missing table needs, and the way around it. */
  public String createPrivileges() {
    return "The version table does not exist yet, and creating it needs CREATE on schema "
        + PostgresDialect.quote(schema) + ". Run the first upgrade as the schema's owner, or "
        + "have the owner create the table and grant this role SELECT, INSERT, UPDATE and "
        + "DELETE on it.";
  }

  /** The privilege that creating the missing schema needs, and the way around it. */
  public String schemaPrivileges() {
    return "Schema " + PostgresDialect.quote(schema) + " does not exist, and creating it needs "
        + "CREATE on the database. Have the database owner create it and grant this role "
        + "USAGE and CREATE on it.";
  }

  /**
   * Records an applied revision and clears the head flag of its parents. With
   * {@code executionMs} null the server computes the time since the transaction began.
   */
  public List<String> recordUpgrade(RevisionNode node, String checksum, Long executionMs) {
    List<String> statements = new ArrayList<>(2);
    statements.add(insert(node, checksum, executionMs == null ? ELAPSED_MS : executionMs.toString(),
        "true"));
    if (!node.parents().isEmpty()) {
      statements.add("UPDATE " + qualified + " SET is_head = false WHERE id IN "
          + SqlText.inList(node.parents()) + " AND is_head");
    }
    return statements;
  }

  /** Removes a reverted revision and makes its parents heads again where nothing else is. */
  public List<String> recordDowngrade(RevisionNode node) {
    List<String> statements = new ArrayList<>(2);
    statements.add("DELETE FROM " + qualified + " WHERE id = " + PostgresDialect.literal(node.id()));
    if (!node.parents().isEmpty()) {
      statements.add("UPDATE " + qualified + " AS v SET is_head = true WHERE v.id IN "
          + SqlText.inList(node.parents()) + " AND NOT v.is_head AND NOT EXISTS (SELECT 1 FROM "
          + qualified + " AS c WHERE v.id = ANY (c.parents))");
    }
    return statements;
  }

  /**
   * Makes the table list exactly the stamped state: with {@code deduplicate} keeps one row of
   * each revision recorded several times, removes {@code delete}, inserts {@code insert}
   * (revision to checksum), stores new checksums for {@code accept}, then recomputes the head
   * flags.
   */
  public List<String> recordStamp(Map<RevisionNode, String> insert, Collection<String> delete,
      Map<String, String> accept, boolean deduplicate) {
    List<String> statements = new ArrayList<>();
    if (deduplicate) {
      statements.add("DELETE FROM " + qualified + " AS a USING " + qualified
          + " AS b WHERE a.id = b.id AND a.ctid > b.ctid");
    }
    // Stamping declares the state: the progress of stopped runs no longer applies.
    statements.add("DELETE FROM " + qualified + " WHERE state = '" + UPGRADING + "'");
    if (!delete.isEmpty()) {
      statements.add("DELETE FROM " + qualified + " WHERE id IN "
          + SqlText.inList(List.copyOf(delete)));
    }
    insert.forEach((node, checksum) -> statements.add(insert(node, checksum, "NULL", "false")));
    accept.forEach((id, checksum) -> statements.add(updateChecksum(id, checksum)));
    statements.add("UPDATE " + qualified + " AS v SET is_head = NOT EXISTS (SELECT 1 FROM "
        + qualified + " AS c WHERE v.id = ANY (c.parents))");
    statements.add("UPDATE " + qualified + " SET state = '" + APPLIED + "', completed_steps = "
        + "NULL WHERE state <> '" + APPLIED + "'");
    return statements;
  }

  /** Accepts the current code of an applied revision as applied. */
  public String updateChecksum(String id, String checksum) {
    return "UPDATE " + qualified + " SET checksum = " + PostgresDialect.literal(checksum)
        + " WHERE id = " + PostgresDialect.literal(id);
  }

  private String insert(RevisionNode node, String checksum, String executionMs, String head) {
    return "INSERT INTO " + qualified
        + " (id, parents, message, checksum, execution_ms, is_head) VALUES ("
        + PostgresDialect.literal(node.id()) + ", " + SqlText.textArray(node.parents()) + ", "
        + PostgresDialect.literal(node.message()) + ", " + PostgresDialect.literal(checksum) + ", "
        + executionMs + ", " + head + ")";
  }

  /** The ids and execution times of those of {@code ids} that the table lists. */
  public String executionMillisSql(Collection<String> ids) {
    return "SELECT id, execution_ms FROM " + qualified + " WHERE id IN " + SqlText.inList(ids);
  }

  /**
   * The query that {@link #read} expects: every row in the order applied, all columns, so that
   * a table made before the progress columns existed reads too.
   */
  public String selectSql() {
    return "SELECT * FROM " + qualified + " ORDER BY applied_at, id";
  }

  /**
   * The rows of the table: {@code applied} lists every row but those of upgrades that stopped
   * part way, {@code partial} the rows of runs that stopped part way (a downgrade's row is in
   * both: its revision counts as applied until the downgrade completes).
   */
  public record Rows(List<AppliedRevision> applied, List<PartialRevision> partial,
      boolean tracksProgress) {
    public Rows {
      applied = List.copyOf(applied);
      partial = List.copyOf(partial);
    }
  }

  /** Reads the rows of {@link #selectSql()}. */
  public Rows read(ResultSet rows) {
    try {
      Set<String> columns = columns(rows.getMetaData());
      if (!columns.containsAll(COLUMNS)) {
        List<String> missing = new ArrayList<>(COLUMNS);
        missing.removeAll(columns);
        throw new SQLException("it has no column " + String.join(", ", missing));
      }
      boolean progress = columns.contains("completed_steps");
      List<AppliedRevision> applied = new ArrayList<>();
      List<PartialRevision> partial = new ArrayList<>();
      while (rows.next()) {
        String id = rows.getString("id");
        String checksum = rows.getString("checksum");
        String state = progress ? rows.getString("state") : APPLIED;
        if (!state.equals(UPGRADING)) {
          long ms = rows.getLong("execution_ms");
          Long executionMs = rows.wasNull() ? null : ms;
          Array parents = rows.getArray("parents");
          applied.add(new AppliedRevision(id, Arrays.asList((String[]) parents.getArray()),
              rows.getString("message"), checksum,
              rows.getObject("applied_at", OffsetDateTime.class), rows.getString("applied_by"),
              executionMs, rows.getBoolean("is_head")));
        }
        if (!state.equals(APPLIED)) {
          if (!state.equals(UPGRADING) && !state.equals(DOWNGRADING)) {
            throw new SQLException("row " + id + " has state '" + state + "'; expected '"
                + APPLIED + "', '" + UPGRADING + "' or '" + DOWNGRADING + "'");
          }
          partial.add(new PartialRevision(id, checksum, state.equals(UPGRADING),
              rows.getInt("completed_steps")));
        }
      }
      return new Rows(applied, partial, progress);
    } catch (SQLException | ClassCastException | IllegalArgumentException e) {
      throw unreadable(e);
    }
  }

  private static Set<String> columns(ResultSetMetaData meta) throws SQLException {
    Set<String> columns = new HashSet<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnName(i));
    }
    return columns;
  }

  /** The error for a version table that exists but has other columns. */
  public TidemarkException unreadable(Exception e) {
    return new TidemarkException(ErrorCode.TM123, "Cannot read the version table " + qualified
        + ": " + e.getMessage() + ". Another tool may own a table of that name; configure a "
        + "different version table name.", null, selectSql(), e);
  }
}
