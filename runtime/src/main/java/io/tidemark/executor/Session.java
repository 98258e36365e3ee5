package io.tidemark.executor;

import io.tidemark.AppliedRevision;
import io.tidemark.ErrorCode;
import io.tidemark.LockWait;
import io.tidemark.TidemarkException;
import io.tidemark.history.PartialRevision;
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
import java.util.function.Consumer;

/**
 * One connection for one command. A writing session tries the advisory lock, sets the
 * timeouts and asks whether the version table exists in one round trip, and reads the table
 * in a second, so nothing is created before the lock is held and the applied state is always
 * read under it. A lock held by another session is waited for, a missing table costs more
 * round trips to create it, and a table made before the progress columns existed one more to
 * add them. Closing releases the lock, then the connection; a failure there never replaces
 * the command's own error.
 */
public final class Session implements AutoCloseable {
  private final Connection connection;
  private final boolean borrowed;
  private final AdvisoryLock lock;
  private final List<AppliedRevision> applied;
  private final List<PartialRevision> partial;
  private final Pipeline pipeline;
  private final LockRetry locks;

  private Session(Connection connection, boolean borrowed, AdvisoryLock lock,
      VersionTable.Rows rows, LockRetry locks) {
    this.connection = connection;
    this.borrowed = borrowed;
    this.lock = lock;
    this.locks = locks;
    this.applied = rows.applied();
    this.partial = rows.partial();
    this.pipeline = new Pipeline(connection);
  }

  /**
   * Opens a session. With a {@code lock} (a writing command) the lock is taken and the version
   * table created if missing; with none, a missing table reads as empty. An existing table is
   * only read, so a role with no CREATE privilege can run as long as the table exists and is
   * granted to it. The session's {@code lock_timeout} is the long one of statements outside a
   * transaction (see {@link LockRetry}); each transactional part sets its own.
   */
  public static Session open(Connector connector, VersionTable table, LockRetry locks,
      Duration statementTimeout, AdvisoryLock lock) {
    Connection connection = connector.connect();
    boolean write = lock != null;
    String sql = String.join(";\n",
        "SET lock_timeout = " + interval(locks.aloneTimeout(Duration.ZERO)),
        "SET statement_timeout = " + interval(statementTimeout),
        "SELECT " + table.existsExpression());
    try {
      // Whether the table exists is asked first rather than read and caught: a failed read
      // would cost a fresh JVM the driver's error machinery on every first run. A writing
      // session tries the lock in the same round trip, and only when another session holds
      // it waits for it and asks again.
      boolean exists;
      if (write) {
        connection.setAutoCommit(true);
        List<Boolean> answers = booleans(connection, lock.tryLockSql() + ";\n" + sql);
        exists = answers.get(1);
        if (!answers.get(0)) {
          lock.acquire(connection);
          exists = booleans(connection, sql).get(0);
        }
      } else {
        exists = booleans(connection, sql).get(0);
      }
      VersionTable.Rows rows = new VersionTable.Rows(List.of(), List.of(), true);
      if (exists) {
        rows = read(connection, table);
      } else if (write) {
        create(connection, connector, table);
        rows = read(connection, table);
      }
      if (write && !rows.tracksProgress()) {
        addProgressColumns(connection, table);
      }
      return new Session(connection, connector.borrowed(), lock, rows, locks);
    } catch (SQLException | RuntimeException e) {
      closeQuietly(connection, connector.borrowed(), e);
      if (e instanceof TidemarkException t) {
        throw t;
      }
      // Of the setup statements, only the read touches a table or schema.
      if (e instanceof SQLException failure && "42501".equals(failure.getSQLState())) {
        throw denied(connector, table.selectSql(), table.readPrivileges(), failure);
      }
      if (e instanceof SQLException failure && failure.getSQLState() != null
          && failure.getSQLState().startsWith("42")) {
        throw table.unreadable(failure);
      }
      throw new TidemarkException(ErrorCode.TM133, "Could not prepare the session on "
          + connector.shownUrl() + ": " + e.getMessage() + ".", null, sql, e);
    }
  }

  /** Runs the setup {@code sql} and returns the one boolean of each of its queries. */
  private static List<Boolean> booleans(Connection connection, String sql) throws SQLException {
    List<Boolean> answers = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      boolean hasResult = statement.execute(sql);
      while (hasResult || statement.getUpdateCount() != -1) {
        if (hasResult) {
          try (ResultSet result = statement.getResultSet()) {
            result.next();
            answers.add(result.getBoolean(1));
          }
        }
        hasResult = statement.getMoreResults();
      }
    }
    return answers;
  }

  /** Reads the version table. */
  private static VersionTable.Rows read(Connection connection, VersionTable table)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(table.selectSql())) {
      return table.read(result);
    }
  }

  /**
   * Creates the missing version table, and its schema first when that is missing too, each
   * statement on its own so that a failure names it and the privilege it needs.
   */
  private static void create(Connection connection, Connector connector, VersionTable table) {
    String sql = table.createTable();
    try (Statement statement = connection.createStatement()) {
      try {
        statement.execute(sql);
      } catch (SQLException e) {
        if (!"3F000".equals(e.getSQLState())) {
          throw e;
        }
        sql = table.createSchema();
        statement.execute(sql);
        sql = table.createTable();
        statement.execute(sql);
      }
    } catch (SQLException e) {
      if ("42501".equals(e.getSQLState())) {
        throw denied(connector, sql, sql.equals(table.createTable()) ? table.createPrivileges()
            : table.schemaPrivileges(), e);
      }
      throw new TidemarkException(ErrorCode.TM133, "Could not create the version table on "
          + connector.shownUrl() + ": " + e.getMessage() + ".", null, sql, e);
    }
  }

  /**
   * Adds the progress columns to a table made by an earlier Tidemark; ALTER TABLE needs the
   * table's owner, so only a table that lacks them gets the statement.
   */
  private static void addProgressColumns(Connection connection, VersionTable table) {
    String sql = table.addProgressColumns();
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM133, "The version table " + table.qualifiedName()
          + " was made by an earlier version of Tidemark and lacks the columns that record the "
          + "progress of a revision; adding them failed: " + e.getMessage() + ". Run the "
          + "statement below once as the table's owner.", null, sql, e);
    }
  }

  private static TidemarkException denied(Connector connector, String sql, String privileges,
      SQLException e) {
    // The server's message alone: its first line, without the driver's "ERROR: " and position.
    String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("")
        .replaceFirst("^ERROR: ", "");
    return new TidemarkException(ErrorCode.TM133, "Permission denied on " + connector.shownUrl()
        + ": " + reason + ". " + privileges, null, sql, e);
  }

  /**
   * Resets the timeouts the session set on a connection that goes back to a pool, to the
   * server's and role's defaults, so that the application's queries on it never run with
   * Tidemark's. A connection left unusable by a failure fails here too; the pool then finds it
   * broken, and the command's own outcome stands.
   */
  private static void resetSettings(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("RESET lock_timeout; RESET statement_timeout");
    } catch (SQLException e) {
      // the pool validates the connection before handing it out again
    }
  }

  /** A PostgreSQL interval literal for a setting; zero turns the timeout off. */
  static String interval(Duration duration) {
    return "'" + duration.toMillis() + "ms'";
  }

  private static void closeQuietly(Connection connection, boolean borrowed, Exception primary) {
    try {
      if (borrowed) {
        resetSettings(connection);
      }
      connection.close();
    } catch (SQLException e) {
      primary.addSuppressed(e);
    }
  }

  /** The version table's rows as read when the session opened. */
  public List<AppliedRevision> applied() {
    return applied;
  }

  /**
   * Fails with TM135 when an earlier run of the other direction stopped part way: its
   * revision has to be finished, or settled with {@code stamp}, before anything else runs.
   */
  public void requireNoStoppedRun(boolean upgrade) {
    for (PartialRevision stopped : partial) {
      if (stopped.upgrade() != upgrade) {
        throw Failures.stoppedOtherWay(stopped);
      }
    }
  }

  /** The revisions whose last run stopped part way, as read when the session opened. */
  public List<PartialRevision> stoppedRuns() {
    return partial;
  }

  /** The progress of an earlier run of {@code id} that stopped part way, or null. */
  public PartialRevision stoppedRun(String id) {
    for (PartialRevision stopped : partial) {
      if (stopped.id().equals(id)) {
        return stopped;
      }
    }
    return null;
  }

  /**
   * What runs revision scripts on this session: with {@code scripts} rendering them and
   * {@code waits} told about each lock timeout that a retry follows.
   */
  public ScriptRunner runner(Scripts scripts, Consumer<LockWait> waits) {
    return new ScriptRunner(this, connection, pipeline, scripts, locks, waits);
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
      statement.addBatch("BEGIN");
      for (String s : sql) {
        statement.addBatch(s);
      }
      statement.addBatch("COMMIT");
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
        if (borrowed) {
          resetSettings(connection);
        }
        connection.close();
      } catch (SQLException e) {
        throw new TidemarkException(ErrorCode.TM133, "Closing the connection failed: "
            + e.getMessage() + ".", e);
      }
    }
  }
}
