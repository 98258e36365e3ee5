package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Opens the connection: from a {@link DataSource}, or from a {@code jdbc:postgresql://},
 * {@code postgresql://} or {@code postgres://} URL with the password taken from the first of
 * the given password, the URL's, the default password (the CLI's {@code PGPASSWORD}) and the
 * driver's password file. Retries with exponential backoff only while the server cannot be
 * reached; every message shows the URL with its password hidden and never any password.
 */
public final class Connector {
  private static final long MAX_DELAY_MS = 10_000;

  private final DatabaseUrl url;
  private final String user;
  private final String password;
  private final String passwordSource;
  private final DataSource dataSource;
  private final int retries;
  private final Duration retryDelay;

  private Connector(DatabaseUrl url, String user, String password, String passwordSource,
      DataSource dataSource, int retries, Duration retryDelay) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.passwordSource = passwordSource;
    this.dataSource = dataSource;
    this.retries = retries;
    this.retryDelay = retryDelay;
  }

  /**
   * A connector for a URL. {@code user} overrides the URL's; the password is the first of
   * {@code password}, the URL's and {@code defaultPassword} that is set, and otherwise the one
   * the driver finds in the password file ({@code PGPASSFILE} or {@code ~/.pgpass}).
   */
  public static Connector forUrl(String url, String user, String password,
      String defaultPassword, int retries, Duration retryDelay) {
    if (url == null || url.isBlank()) {
      throw new TidemarkException(ErrorCode.TM140, "No database URL given. Pass --url or set "
          + "DATABASE_URL, for example postgresql://user@localhost:5432/app.");
    }
    DatabaseUrl parsed = DatabaseUrlParser.parse(url);
    String source;
    String chosen;
    if (password != null) {
      chosen = password;
      source = "--password";
    } else if (parsed.password() != null) {
      chosen = parsed.password();
      source = "the URL";
    } else {
      chosen = defaultPassword;
      source = defaultPassword == null ? null : "PGPASSWORD";
    }
    return new Connector(parsed, user != null ? user : parsed.user(), chosen, source, null,
        retries, retryDelay);
  }

  /** A connector that takes connections from a data source. */
  public static Connector forDataSource(DataSource dataSource, int retries, Duration delay) {
    return new Connector(null, null, null, null, dataSource, retries, delay);
  }

  /**
   * True when connections come from a data source: a pool hands them to the application after
   * Tidemark closes them, so the settings Tidemark changed must be reset first.
   */
  public boolean borrowed() {
    return dataSource != null;
  }

  /** The URL with its password hidden, for messages; "the data source" without a URL. */
  public String shownUrl() {
    return url == null ? "the data source" : url.redacted();
  }

  /** Connects, retrying while the server is unreachable or starting up. */
  public Connection connect() {
    long delay = retryDelay.toMillis();
    for (int attempt = 0; ; attempt++) {
      try {
        return open();
      } catch (SQLException e) {
        ConnectFailure failure = new ConnectFailure(this, e);
        if (!failure.retryable() || attempt >= retries) {
          throw failure.exception(attempt + 1);
        }
      }
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TidemarkException(ErrorCode.TM141, "Interrupted while waiting to reconnect to "
            + shownUrl() + ".");
      }
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }

  private Connection open() throws SQLException {
    if (dataSource != null) {
      return dataSource.getConnection();
    }
    Properties properties = properties();
    properties.setProperty("ApplicationName", "tidemark");
    properties.setProperty("assumeMinServerVersion", "12");
    // The simple query protocol, as psql uses to run the offline script: a batch of revisions
    // goes to the server as one message rather than four per statement. A URL that names
    // another mode keeps it.
    properties.setProperty("preferQueryMode", "simple");
    Connection connection = new org.postgresql.Driver().connect(url.jdbcUrl(), properties);
    if (connection == null) {
      throw new TidemarkException(ErrorCode.TM140, "'" + shownUrl() + "' is not a valid "
          + "PostgreSQL URL. Use jdbc:postgresql://host:5432/db.");
    }
    return connection;
  }

  private Properties properties() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return properties;
  }

  DatabaseUrl url() {
    return url;
  }

  /**
   * The user the server sees: the given one, or the driver's default, the OS user; null for a
   * data source, whose user is its own.
   */
  String shownUser() {
    return url == null ? null : user != null ? user : System.getProperty("user.name");
  }

  /**
   * Where the password came from ({@code --password}, the URL, {@code PGPASSWORD}, the
   * password file), or null when there is none.
   */
  String passwordSource() {
    if (passwordSource != null || url == null) {
      return passwordSource;
    }
    Properties given = properties();
    given.setProperty("user", shownUser());
    try {
      Properties resolved = org.postgresql.Driver.parseURL(url.jdbcUrl(), given);
      return resolved != null && resolved.getProperty("password") != null
          ? "the password file" : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
