package io.tidemark.lock;

import io.tidemark.ErrorCode;
import io.tidemark.LockHolder;
import io.tidemark.TidemarkException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The PostgreSQL session advisory lock that serializes Tidemark runs on one database, taken by
 * polling {@code pg_try_advisory_lock} rather than waiting inside {@code pg_advisory_lock}. A
 * statement that waits holds a snapshot, and {@code CREATE INDEX CONCURRENTLY} in the run that
 * holds the lock waits for every older snapshot: the two wait for each other until the
 * deadlock detector kills one. Between polls the session is idle, so it holds no snapshot,
 * the wait is bounded, and a runner that dies leaves no server session queued for the lock.
 */
public final class AdvisoryLock {
  /** How often a waiting runner reports who holds the lock (the first time at once). */
  private static final Duration REPORT_EVERY = Duration.ofSeconds(10);

  private static final long FIRST_PAUSE_MS = 50;
  private static final long MAX_PAUSE_MS = 500;

  private final long key;
  private final Duration wait;
  private final BiConsumer<LockHolder, Duration> waiting;

  /**
   * The lock {@code key}, given up on after {@code wait} (zero: tried once), with
   * {@code waiting} told who holds it and for how long this runner has waited.
   */
  public AdvisoryLock(long key, Duration wait, BiConsumer<LockHolder, Duration> waiting) {
    this.key = key;
    this.wait = wait;
    this.waiting = waiting;
  }

  /**
   * Takes the lock on {@code connection}, which must be in auto-commit mode with no open
   * transaction. Throws TM134, naming the holder, when the lock is still held after the wait.
   */
  public void acquire(Connection connection) {
    long start = System.nanoTime();
    long limit = wait.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L ? Long.MAX_VALUE
        : wait.toNanos();
    long nextReport = 0;
    long pause = FIRST_PAUSE_MS;
    try (Statement statement = connection.createStatement()) {
      while (!tryLock(statement)) {
        long waited = System.nanoTime() - start;
        boolean over = waited >= limit;
        if (over || waited >= nextReport) {
          Optional<LockHolder> holder = holder(connection, key);
          if (holder.isEmpty() && tryLock(statement)) {
            return;
          }
          if (over) {
            throw gaveUp(holder.orElse(null), waited);
          }
          if (holder.isPresent()) {
            waiting.accept(holder.get(), Duration.ofNanos(waited));
            nextReport = waited + REPORT_EVERY.toNanos();
          }
        }
        sleep(Math.max(1, Math.min(pause, (limit - waited) / 1_000_000)));
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
      }
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM132, "Could not take the migration lock " + key
          + ": " + e.getMessage() + ". Nothing was changed.", e);
    }
  }

  /** The query that takes the lock when it is free, answering whether it did. */
  public String tryLockSql() {
    return "SELECT pg_try_advisory_lock(" + key + ")";
  }

  private boolean tryLock(Statement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery(tryLockSql())) {
      result.next();
      return result.getBoolean(1);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TidemarkException(ErrorCode.TM132, "Interrupted while waiting for the "
          + "migration lock; nothing was changed.", e);
    }
  }

  private TidemarkException gaveUp(LockHolder holder, long waitedNanos) {
    String held = holder == null ? "another session" : holder.describe();
    String stuck = holder == null ? "" : " If that session is stuck, end it with SELECT "
        + "pg_terminate_backend(" + holder.pid() + ").";
    return new TidemarkException(ErrorCode.TM134, "The migration lock (advisory lock " + key
        + " in this database) is held by " + held + "; gave up after waiting "
        + seconds(waitedNanos) + ". Nothing was changed. If another run is migrating, let it "
        + "finish and run again, or wait longer with lockWait (CLI: --lock-wait)." + stuck);
  }

  private static String seconds(long nanos) {
    long millis = nanos / 1_000_000;
    return millis < 1000 ? millis + " ms" : millis / 1000 + " s";
  }

  /**
   * Releases the lock. Callers release in a {@code finally} or {@code close()}, so that a
   * failure here is attached to the run's own error as suppressed and never replaces it.
   */
  public void release(Connection connection) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_unlock(" + key + ")");
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM132, "Could not release the migration lock "
          + key + ": " + e.getMessage() + ". PostgreSQL releases it when the connection "
          + "closes; nothing needs to be done.", e);
    }
  }

  /**
   * The session holding advisory lock {@code key} in the current database; empty when none
   * does (it was released since the caller's attempt).
   */
  private static Optional<LockHolder> holder(Connection connection, long key) throws SQLException {
    // A bigint advisory key shows in pg_locks as classid (high half), objid (low half) and
    // objsubid 1. A prepared transaction holding it has no pid; it is not a session to name.
    String sql = "SELECT l.pid, a.usename, a.application_name, host(a.client_addr),"
        + " a.client_port, a.backend_start, a.state, a.state_change"
        + " FROM pg_locks l LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
        + " WHERE l.locktype = 'advisory' AND l.granted AND l.pid IS NOT NULL"
        + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        + " AND l.classid = '" + (key >>> 32) + "'::oid"
        + " AND l.objid = '" + (key & 0xffff_ffffL) + "'::oid AND l.objsubid = 1";
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      if (!row.next()) {
        return Optional.empty();
      }
      String address = row.getString(4);
      int port = row.getInt(5);
      boolean hasPort = !row.wasNull();
      String client = address != null ? address + (hasPort && port > 0 ? ":" + port : "")
          : hasPort && port == -1 ? "local socket" : null;
      return Optional.of(new LockHolder(row.getInt(1), row.getString(2), row.getString(3),
          client, row.getObject(6, OffsetDateTime.class), row.getString(7),
          row.getObject(8, OffsetDateTime.class)));
    }
  }
}
