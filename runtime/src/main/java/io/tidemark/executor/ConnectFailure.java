package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * What a failed connection attempt means: only a server that cannot be reached (refused, unknown
 * host, timed out, starting up, full) is worth another attempt; a rejected login, a missing
 * database or a connection setting the driver refuses is reported at once, with its own code.
 * Messages name the URL with its password hidden and never any password.
 */
final class ConnectFailure {
  private static final String PASSWORD_HOW = "--password, in the URL "
      + "(postgresql://user:PASSWORD@host/db, percent-encoded), in PGPASSWORD, or in the "
      + "password file (PGPASSFILE or ~/.pgpass), the first of these that is set";

  private final Connector connector;
  private final SQLException error;
  private final String state;

  ConnectFailure(Connector connector, SQLException error) {
    this.connector = connector;
    this.error = error;
    this.state = error.getSQLState() == null ? "" : error.getSQLState();
  }

  /** True when the server could not be reached, so that waiting may help. */
  boolean retryable() {
    if (state.equals("57P03") || state.equals("53300")) {
      return true;
    }
    return state.startsWith("08") && !state.equals("08004") && !refusedSetting();
  }

  /**
   * True when the driver refused a setting of the URL before it touched the network: it
   * reports {@code sslmode=bogus} as 08001 like a refused connection, but without a cause.
   */
  private boolean refusedSetting() {
    return connector.url() != null && (state.equals("22023")
        || state.equals("08001") && networkCause() == null);
  }

  private boolean missingPassword() {
    return state.equals("08004") && String.valueOf(error.getMessage())
        .contains("but no password was provided");
  }

  /** The error to report after {@code attempts} attempts. */
  TidemarkException exception(int attempts) {
    String where = connector.url() == null ? "The data source's server"
        : "The server at " + connector.shownUrl();
    String user = connector.shownUser() == null ? "" : " '" + connector.shownUser() + "'";
    if (missingPassword()) {
      return new TidemarkException(ErrorCode.TM142, where + " asks user" + user + " for a "
          + "password and none was given. Give it with " + PASSWORD_HOW + ".", error);
    }
    if (state.equals("28P01")) {
      String source = connector.passwordSource();
      return new TidemarkException(ErrorCode.TM142, where + " rejected the login of user"
          + user + (source == null ? "" : " with the password from " + source) + ": "
          + reason() + ". Check the user name (--user or the URL) and the password, given "
          + "with " + PASSWORD_HOW + ".", error);
    }
    if (state.startsWith("28")) {
      return new TidemarkException(ErrorCode.TM142, where + " refused user" + user + ": "
          + reason() + ". Check the user name (--user or the URL) and the server's "
          + "pg_hba.conf.", error);
    }
    if (state.equals("3D000")) {
      return new TidemarkException(ErrorCode.TM143, "The database in " + connector.shownUrl()
          + " does not exist: " + reason() + ". Create it first (createdb) or fix the "
          + "database name in the URL.", error);
    }
    if (retryable()) {
      return new TidemarkException(ErrorCode.TM141, "Cannot reach the database server at "
          + connector.shownUrl() + " (" + attempts + (attempts == 1 ? " attempt" : " attempts")
          + "): " + reason() + ". Check host and port and that the server is running; "
          + "--connect-retries waits longer for a server that is starting.", error);
    }
    if (refusedSetting()) {
      return new TidemarkException(ErrorCode.TM140, "The connection settings of "
          + connector.shownUrl() + " are not valid: " + reason() + "." + choices()
          + " Fix the parameter in the URL.", error);
    }
    return new TidemarkException(ErrorCode.TM133, where + " refused the connection: "
        + reason() + ". Check the connection parameters in the URL (sslmode, channelBinding, "
        + "options).", error);
  }

  /** The driver's message on one line, with the network cause when it says only "failed". */
  private String reason() {
    String reason = String.valueOf(error.getMessage()).replaceAll("\\s+", " ").strip()
        .replaceAll("\\.+$", "");
    Throwable cause = networkCause();
    if (cause instanceof UnknownHostException) {
      reason += " (unknown host " + cause.getMessage() + ")";
    } else if (cause instanceof SocketTimeoutException) {
      reason += " (timed out)";
    }
    return reason;
  }

  private Throwable networkCause() {
    for (Throwable t = error.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException) {
        return t;
      }
    }
    return null;
  }

  /** The values a URL parameter that the driver's message names may take, when it has a list. */
  private String choices() {
    DatabaseUrl url = connector.url();
    if (url == null) {
      return "";
    }
    String message = String.valueOf(error.getMessage()).toLowerCase(Locale.ROOT);
    for (DriverPropertyInfo info : new org.postgresql.Driver()
        .getPropertyInfo(url.jdbcUrl(), new Properties())) {
      for (String parameter : url.parameters().keySet()) {
        if (info.choices != null && info.name.equalsIgnoreCase(parameter)
            && message.contains(info.name.toLowerCase(Locale.ROOT))) {
          return " " + info.name + " takes one of: " + String.join(", ", info.choices) + ".";
        }
      }
    }
    return "";
  }
}
