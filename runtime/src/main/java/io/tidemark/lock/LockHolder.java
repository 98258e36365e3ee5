package io.tidemark.lock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

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

  /**
   * The session holding advisory lock {@code key} in the current database; empty when none
   * does (it was released since the caller's attempt).
   */
  static Optional<LockHolder> find(Connection connection, long key) throws SQLException {
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
