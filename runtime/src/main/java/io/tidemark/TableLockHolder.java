package io.tidemark;

import io.tidemark.executor.Durations;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * The session most likely to have blocked a statement that timed out waiting for a table lock:
 * of those holding a lock on one of the statement's tables, the one whose transaction is
 * oldest, as {@code pg_locks} and {@code pg_stat_activity} show it once the attempt is over.
 * Fields the server hides from the current user (another role's state and query) are null.
 */
public record TableLockHolder(int pid, String table, String mode, String user,
    String application, String state, Duration inState, Duration inTransaction, String query) {
  /** The short form for a progress line: {@code pid 123, idle in transaction for 4 s}. */
  public String brief() {
    return "pid " + pid + (state == null ? "" : ", " + state + duration(inState));
  }

  /** The long form for an error message, with user, application, lock and last query. */
  public String describe() {
    StringJoiner parts = new StringJoiner(", ", "pid " + pid + " (", ")");
    if (user != null) {
      parts.add("user " + user);
    }
    parts.add("application '" + (application == null ? "" : application) + "'");
    parts.add(state == null ? "state not visible to this user" : state + duration(inState));
    if (inTransaction != null) {
      parts.add("in a transaction open for " + Durations.text(inTransaction));
    }
    parts.add("holding " + mode + " on " + table);
    if (query != null) {
      parts.add("last query: " + query);
    }
    return parts.toString();
  }

  private static String duration(Duration duration) {
    return duration == null ? "" : " for " + Durations.text(duration);
  }
}
