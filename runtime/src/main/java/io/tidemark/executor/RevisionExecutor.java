package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.executor.RevisionScript.Segment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Runs one revision on an auto-commit connection: each transactional segment as one batch
 * {@code BEGIN ... COMMIT} (one round trip, one commit), each non-transactional statement
 * on its own. When a batch fails it is rolled back and replayed statement by statement in a
 * transaction that is rolled back too, to name the statement that fails.
 */
final class RevisionExecutor {
  private final Connection connection;
  private final Scripts scripts;

  RevisionExecutor(Connection connection, Scripts scripts) {
    this.connection = connection;
    this.scripts = scripts;
  }

  /** Runs the script and returns its duration in milliseconds. */
  long run(RevisionScript script) {
    long start = System.nanoTime();
    List<Segment> segments = script.segments();
    int completed = 0;
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      List<String> sql = segment.sql();
      if (script.upgrade() && segments.size() > 1 && i == segments.size() - 1) {
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        List<String> rows = scripts.table().recordUpgrade(
            script.node(), scripts.checksum(script.node()), elapsed);
        sql = new java.util.ArrayList<>(sql.subList(0, segment.steps()));
        sql.addAll(rows);
      }
      try (Statement statement = connection.createStatement()) {
        if (segment.transactional()) {
          runTransaction(statement, sql);
        } else {
          statement.execute(sql.get(0));
        }
      } catch (SQLException e) {
        throw failure(script, segment, sql, e, completed);
      }
      if (segment.steps() > 0) {
        completed = segment.firstStep() + segment.steps() - 1;
      }
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void runTransaction(Statement statement, List<String> sql) throws SQLException {
    addTransaction(statement, sql);
    statement.executeBatch();
  }

  /** Adds {@code BEGIN}, the statements and {@code COMMIT} to the statement's batch. */
  static void addTransaction(Statement statement, List<String> sql) throws SQLException {
    statement.addBatch("BEGIN");
    for (String s : sql) {
      statement.addBatch(s);
    }
    statement.addBatch("COMMIT");
  }

  private TidemarkException failure(RevisionScript script, Segment segment, List<String> sql,
      SQLException error, int completed) {
    String failed = sql.get(0);
    SQLException cause = error;
    if (segment.transactional()) {
      Failure replayed = replay(sql);
      if (replayed != null) {
        failed = replayed.statement();
        cause = replayed.error();
      } else {
        failed = String.join(";\n", sql);
      }
    }
    String id = script.node().id();
    String reason = rootMessage(cause);
    String direction = script.upgrade() ? "upgrade" : "downgrade";
    if (completed == 0) {
      return new TidemarkException(ErrorCode.TM130, "Revision " + id + " (" + direction + ", "
          + script.node().message() + ") failed: " + reason + ". The revision was rolled back "
          + "and the version table is unchanged; fix the statement and run " + direction
          + " again.", id, failed, cause);
    }
    List<io.tidemark.dialect.Statement> steps = script.statements();
    return new TidemarkException(ErrorCode.TM131, "Revision " + id + " (" + direction + ", "
        + script.node().message() + ") is partially applied: steps 1 to " + completed + " of "
        + steps.size() + " were committed before it failed: " + reason + ". Last completed "
        + "step " + completed + ": " + cut(steps.get(completed - 1).sql()) + ". The version "
        + "table does not list the revision. Finish or undo the remaining steps by hand, then "
        + "run 'stamp' for the state the database is in.", id, failed, cause);
  }

  private static String cut(String sql) {
    String line = sql.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 200) + " ...";
  }

  private static String rootMessage(SQLException error) {
    SQLException shown = error.getNextException() != null ? error.getNextException() : error;
    String message = shown.getMessage() == null ? shown.toString() : shown.getMessage();
    return message.replaceAll("\\s+", " ").strip().replaceAll("\\.+$", "");
  }

  private record Failure(String statement, SQLException error) {}

  /** Replays the statements in a transaction that is always rolled back. */
  private Failure replay(List<String> sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
      statement.execute("BEGIN");
      Failure found = null;
      for (String s : sql) {
        try {
          statement.execute(s);
        } catch (SQLException e) {
          found = new Failure(s, e);
          break;
        }
      }
      statement.execute("ROLLBACK");
      return found;
    } catch (SQLException e) {
      return null;
    }
  }
}
