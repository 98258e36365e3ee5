package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.history.AppliedRevision;
import io.tidemark.history.VersionTable;
import io.tidemark.lock.AdvisoryLock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection for one command. A writing session first takes the advisory lock, then sets
 * the timeouts, creates the version table if missing and reads it in one round trip, so
 * nothing is created before the lock is held and the applied state is always read under it.
 * Closing releases the lock, then the connection; a failure there never replaces the
 * command's own error.
 */
public final class Session implements AutoCloseable {
  private final Connection connection;
  private final AdvisoryLock lock;
  private final List<AppliedRevision> applied;

  private Session(Connection connection, AdvisoryLock lock, List<AppliedRevision> applied) {
    this.connection = connection;
    this.lock = lock;
    this.applied = applied;
  }

  /**
   * Opens a session. With a {@code lock} (a writing command) the lock is taken and the version
   * table created if missing; with none, the table is only read when it exists.
   */
  public static Session open(Connector connector, VersionTable table, Duration lockTimeout,
      Duration statementTimeout, AdvisoryLock lock) {
    Connection connection = connector.connect();
    boolean write = lock != null;
    List<String> setup = new ArrayList<>();
    setup.add("SET lock_timeout = " + interval(lockTimeout));
    setup.add("SET statement_timeout = " + interval(statementTimeout));
    if (write) {
      setup.addAll(table.create());
      setup.add(table.selectSql());
    } else {
      setup.add("SELECT " + table.existsExpression());
    }
    String sql = String.join(";\n", setup);
    try {
      if (write) {
        connection.setAutoCommit(true);
        lock.acquire(connection);
      }
      return new Session(connection, lock, setUp(connection, table, sql, write));
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, e);
      if (e instanceof TidemarkException t) {
        throw t;
      }
      throw new TidemarkException(ErrorCode.TM133, "Could not prepare the session on "
          + connector.shownUrl() + ": " + e.getMessage() + ".", null, sql, e);
    }
  }

  /** Sends the setup round trip; returns the version table's rows. */
  private static List<AppliedRevision> setUp(Connection connection, VersionTable table,
      String sql, boolean write) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      List<AppliedRevision> rows = null;
      boolean hasResult = statement.execute(sql);
      while (rows == null && (hasResult || statement.getUpdateCount() != -1)) {
        if (hasResult) {
          try (ResultSet result = statement.getResultSet()) {
            if (write) {
              rows = table.read(result);
            } else {
              result.next();
              rows = result.getBoolean(1) ? readTable(connection, table) : List.of();
            }
          }
        } else {
          hasResult = statement.getMoreResults();
        }
      }
      if (rows == null) {
        throw new SQLException("the session setup returned no version-table result");
      }
      return rows;
    }
  }

  private static List<AppliedRevision> readTable(Connection connection, VersionTable table) {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(table.selectSql())) {
      return table.read(rows);
    } catch (SQLException e) {
      throw table.unreadable(e);
    }
  }

  /** A PostgreSQL interval literal for a setting; zero turns the timeout off. */
  static String interval(Duration duration) {
    return "'" + duration.toMillis() + "ms'";
  }

  private static void closeQuietly(Connection connection, Exception primary) {
    try {
      connection.close();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }

  /** The version table's rows as read when the session opened. */
  public List<AppliedRevision> applied() {
    return applied;
  }

  /** Runs one revision script; returns its duration in milliseconds. */
  public long run(RevisionScript script, Scripts scripts) {
    return new RevisionExecutor(connection, scripts).run(script);
  }

  /**
   * Runs all-transactional scripts in one round trip, each still in its own {@code BEGIN ...
   * COMMIT}: every revision commits on its own, but none waits for the previous one's reply.
   * On a failure the server skips the rest; the failing revision's transaction is rolled back
   * and false returned, so the caller can find out what committed and go on one by one.
   */
  public boolean runPipelined(List<RevisionScript> scripts) {
    try (Statement statement = connection.createStatement()) {
      for (RevisionScript script : scripts) {
        RevisionExecutor.addTransaction(statement, script.segments().get(0).sql());
      }
      statement.executeBatch();
      return true;
    } catch (SQLException e) {
      try (Statement rollback = connection.createStatement()) {
        rollback.execute("ROLLBACK");
      } catch (SQLException broken) {
        broken.addSuppressed(e);
        throw new TidemarkException(ErrorCode.TM133, "A revision failed (" + e.getMessage()
            + ") and rolling it back failed too: " + broken.getMessage() + ". Run 'current' to "
            + "see which revisions were applied.", broken);
      }
      return false;
    }
  }

  /** The execution times the version table holds for those of {@code ids} it lists. */
  public Map<String, Long> executionMillis(VersionTable table, Collection<String> ids) {
    Map<String, Long> millis = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(table.executionMillisSql(ids))) {
      while (rows.next()) {
        millis.put(rows.getString(1), rows.getLong(2));
      }
      return millis;
    } catch (SQLException e) {
      throw table.unreadable(e);
    }
  }

  /** Runs Tidemark's own statements (stamp, repair) in one transaction. */
  public void runTransaction(List<String> sql) {
    try (Statement statement = connection.createStatement()) {
      RevisionExecutor.addTransaction(statement, sql);
      statement.executeBatch();
    } catch (SQLException e) {
      try (Statement rollback = connection.createStatement()) {
        rollback.execute("ROLLBACK");
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new TidemarkException(ErrorCode.TM133, "Updating the version table failed: "
          + e.getMessage() + ". Nothing was changed.", null,
          String.join(";\n", sql), e);
    }
  }

  @Override
  public void close() {
    try {
      if (lock != null) {
        lock.release(connection);
      }
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new TidemarkException(ErrorCode.TM133, "Closing the connection failed: "
            + e.getMessage() + ".", e);
      }
    }
  }
}
