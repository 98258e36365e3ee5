package io.tidemark;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The session that holds the migration lock, as {@code pg_locks} and {@code pg_stat_activity}
 * show it: enough for an operator to tell a deploy still running from a stuck session. Fields
 * the server hides from the current user (another role's client address, state) are null.
 */
public record LockHolder(int pid, String user, String application, String client,
    OffsetDateTime connectedAt, String state, OffsetDateTime stateSince) {

  /** One line for messages, for example {@code pid 4242 (user app, application 'tidemark', ...)}. */
  public String describe() {
    StringBuilder text = new StringBuilder("pid ").append(pid).append(" (");
    if (user != null) {
      text.append("user ").append(user).append(", ");
    }
    text.append("application '").append(application == null ? "" : application).append("', ")
        .append(client == null ? "client not visible to this user" : "client " + client);
    if (connectedAt != null) {
      text.append(", connected since ").append(time(connectedAt));
    }
    if (state != null) {
      text.append(", ").append(state);
      if (stateSince != null) {
        text.append(" since ").append(time(stateSince));
      }
    }
    return text.append(')').toString();
  }

  private static String time(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
