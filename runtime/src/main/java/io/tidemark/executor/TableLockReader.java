package io.tidemark.executor;

import io.tidemark.TableLockHolder;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Finds the session most likely to have blocked a statement that timed out waiting for a lock:
 * of those holding a lock on one of the statement's tables, the one whose transaction is
 * oldest, read from {@code pg_locks} and {@code pg_stat_activity} once the attempt is over.
 */
final class TableLockReader {
  private static final int QUERY_CHARS = 120;

  private TableLockReader() {}

  /** The tables whose locks an operation waits for: its subject and those its foreign keys name. */
  static List<String> tables(Operation operation) {
    List<String> tables = new ArrayList<>();
    if (operation.subject() != null) {
      tables.add(operation.subject());
    }
    List<Constraint> constraints = operation instanceof AddConstraint add
        ? List.of(add.constraint())
        : operation instanceof CreateTable create ? create.constraints() : List.of();
    for (Constraint constraint : constraints) {
      if (constraint instanceof ForeignKeyDef key && key.refTable() != null
          && !tables.contains(key.refTable())) {
        tables.add(key.refTable());
      }
    }
    return tables;
  }

  /**
   * The holder of a lock on one of {@code tables} ({@code "name"} or {@code "schema.name"})
   * with the oldest transaction, other than this session; null when none holds one now.
   */
  static TableLockHolder find(Connection connection, List<String> tables) throws SQLException {
    if (tables.isEmpty()) {
      return null;
    }
    StringJoiner relations = new StringJoiner(", ", "ARRAY[", "]");
    for (String table : tables) {
      relations.add("to_regclass(" + PostgresDialect.literal(
          PostgresDialect.quoteQualified(table)) + ")::oid");
    }
    // A prepared transaction holding the lock has no pid: it is not a session to name.
    String sql = "SELECT a.pid, format('%I.%I', n.nspname, c.relname), l.mode, a.usename,"
        + " a.application_name, a.state,"
        + " (extract(epoch FROM now() - a.state_change) * 1000)::bigint,"
        + " (extract(epoch FROM now() - a.xact_start) * 1000)::bigint, a.query"
        + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        + " JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace"
        + " WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND l.relation = ANY (" + relations + ")"
        + " ORDER BY a.xact_start NULLS LAST, a.pid LIMIT 1";
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next()) {
        return null;
      }
      return new TableLockHolder(row.getInt(1), row.getString(2), row.getString(3),
          row.getString(4), row.getString(5), row.getString(6), millis(row, 7), millis(row, 8),
          query(row.getString(9)));
    }
  }

  private static Duration millis(ResultSet row, int column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : Duration.ofMillis(Math.max(0, value));
  }

  /** The query on one line, cut; null when the server hides it from this user. */
  private static String query(String text) {
    if (text == null || text.startsWith("<insufficient privilege>")) {
      return null;
    }
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= QUERY_CHARS ? line : line.substring(0, QUERY_CHARS) + " ...";
  }
}
