package io.tidemark.lock;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL session advisory lock that serializes Tidemark runs on one database. The
 * wait for it is not bounded by {@code lock_timeout}: a second runner waits for the first,
 * then re-reads the applied state.
 */
public final class AdvisoryLock {
  private final long key;

  public AdvisoryLock(long key) {
    this.key = key;
  }

  /**
   * SQL that takes the lock with no lock timeout; the caller sends it in the same round trip
   * as its session settings, before them.
   */
  public String acquireSql() {
    return "SET lock_timeout = 0;\nSELECT pg_advisory_lock(" + key + ")";
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
}
