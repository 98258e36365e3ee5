package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Opens the connection: accepts {@code jdbc:postgresql://...}, {@code postgresql://} and
 * {@code postgres://} URLs or a {@link DataSource}, retries with exponential backoff while the
 * server cannot be reached, and turns failures into one-line errors that never show the
 * password.
 */
public final class Connector {
  private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/:@\\s]*:)[^@/\\s]*@");
  private static final long MAX_DELAY_MS = 10_000;

  private final String jdbcUrl;
  private final String shownUrl;
  private final String user;
  private final String password;
  private final DataSource dataSource;
  private final int retries;
  private final Duration retryDelay;

  private Connector(String jdbcUrl, String user, String password, DataSource dataSource,
      int retries, Duration retryDelay) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.shownUrl = jdbcUrl == null ? "the data source" : mask(jdbcUrl, password);
    this.dataSource = dataSource;
    this.retries = retries;
    this.retryDelay = retryDelay;
  }

  /** A connector for a URL; {@code user} and {@code password} override those in the URL. */
  public static Connector forUrl(String url, String user, String password, int retries,
      Duration retryDelay) {
    if (url == null || url.isBlank()) {
      throw new TidemarkException(ErrorCode.TM140, "No database URL given. Pass --url or set "
          + "DATABASE_URL, for example postgresql://user@localhost:5432/app.");
    }
    String trimmed = url.strip();
    if (trimmed.startsWith("jdbc:postgresql:")) {
      return new Connector(trimmed, user, password, null, retries, retryDelay);
    }
    for (String scheme : new String[] {"postgresql://", "postgres://"}) {
      if (trimmed.startsWith(scheme)) {
        return fromLibpqUrl(trimmed.substring(scheme.length()), user, password, retries,
            retryDelay);
      }
    }
    throw new TidemarkException(ErrorCode.TM140, "'" + mask(trimmed, password) + "' is not a "
        + "PostgreSQL URL. Use jdbc:postgresql://host:5432/db or "
        + "postgresql://user@host:5432/db.");
  }

  /** A connector that takes connections from a data source. */
  public static Connector forDataSource(DataSource dataSource, int retries, Duration delay) {
    return new Connector(null, null, null, dataSource, retries, delay);
  }

  private static Connector fromLibpqUrl(String rest, String user, String password, int retries,
      Duration retryDelay) {
    int query = rest.indexOf('?');
    int at = (query < 0 ? rest : rest.substring(0, query)).lastIndexOf('@');
    int pathStart = firstOf(rest, "/?", at + 1);
    String authority = pathStart < 0 ? rest : rest.substring(0, pathStart);
    String tail = pathStart < 0 ? "" : rest.substring(pathStart);
    String userInfo = at < 0 ? "" : authority.substring(0, at);
    String hosts = authority.substring(at + 1);
    String urlUser = null;
    String urlPassword = null;
    if (!userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      urlUser = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
      urlPassword = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    }
    String jdbc = "jdbc:postgresql://" + (hosts.isEmpty() ? "localhost" : hosts) + tail;
    return new Connector(jdbc, user != null ? user : urlUser,
        password != null ? password : urlPassword, null, retries, retryDelay);
  }

  private static int firstOf(String text, String chars, int from) {
    for (int i = Math.max(from, 0); i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int hex = c == '%' && i + 2 < text.length() ? hexByte(text, i + 1) : -1;
      if (hex >= 0) {
        bytes.write(hex);
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hexByte(String text, int at) {
    int high = Character.digit(text.charAt(at), 16);
    int low = Character.digit(text.charAt(at + 1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }

  /** The text with any password (in URLs, parameters or verbatim) replaced by {@code ***}. */
  public static String mask(String text, String password) {
    if (text == null) {
      return null;
    }
    String masked = USER_INFO.matcher(text).replaceAll("$1***@");
    masked = URL_PASSWORD.matcher(masked).replaceAll("$1***");
    if (password != null && !password.isEmpty()) {
      masked = masked.replace(password, "***");
    }
    return masked;
  }

  /** Masks this connector's password in a message. */
  public String mask(String text) {
    return mask(text, password);
  }

  /** The JDBC URL with the password masked, for messages. */
  public String shownUrl() {
    return shownUrl;
  }

  /** Connects, retrying while the server is unreachable or starting up. */
  public Connection connect() {
    long delay = retryDelay.toMillis();
    for (int attempt = 0; ; attempt++) {
      try {
        return open();
      } catch (SQLException e) {
        if (!retryable(e) || attempt >= retries) {
          throw failure(e, attempt + 1);
        }
      }
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TidemarkException(ErrorCode.TM141, "Interrupted while waiting to reconnect to "
            + shownUrl + ".");
      }
      delay = Math.min(delay * 2, MAX_DELAY_MS);
    }
  }

  private Connection open() throws SQLException {
    if (dataSource != null) {
      return dataSource.getConnection();
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("ApplicationName", "tidemark");
    properties.setProperty("assumeMinServerVersion", "12");
    Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
    if (connection == null) {
      throw new TidemarkException(ErrorCode.TM140, "'" + shownUrl + "' is not a valid "
          + "PostgreSQL JDBC URL. Use jdbc:postgresql://host:5432/db.");
    }
    return connection;
  }

  private static boolean retryable(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P03")
        || state.equals("53300"));
  }

  private TidemarkException failure(SQLException e, int attempts) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason = mask(String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip())
        .replaceAll("\\.+$", "");
    switch (state) {
      case "28P01":
      case "28000":
        return new TidemarkException(ErrorCode.TM142, "The server at " + shownUrl
            + " rejected the login: " + reason + ". Check --user and --password (or the "
            + "user and password in the URL).", e);
      case "3D000":
        return new TidemarkException(ErrorCode.TM143, "The database in " + shownUrl
            + " does not exist: " + reason + ". Create it first (createdb) or fix the "
            + "database name in the URL.", e);
      default:
        if (retryable(e)) {
          return new TidemarkException(ErrorCode.TM141, "Cannot reach the database server at "
              + shownUrl + " (" + attempts + (attempts == 1 ? " attempt" : " attempts")
              + "): " + reason + ". Check host and port and that the server is running; "
              + "--connect-retries waits longer for a server that is starting.", e);
        }
        return new TidemarkException(ErrorCode.TM133, "Cannot connect to " + shownUrl + ": "
            + reason + ".", e);
    }
  }
}
