package io.tidemark.junit;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server shared by the test run: the JDBC URL of a database to connect to for
 * creating others, the credentials ({@code null} when the URL carries them), whether test
 * classes may fall back to a schema of that database when the user may not create databases
 * (only on a server the user named), and how to stop it when the run ends.
 */
record Server(String description, String url, String user, String password,
    boolean schemaFallback, AutoCloseable stop)
    implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  Server {
    if (!url.startsWith("jdbc:postgresql://")) {
      // the scheme only: the rest may hold a password
      String scheme = url.contains("://") ? url.substring(0, url.indexOf("://") + 3) : "";
      throw new TidemarkException(ErrorCode.TM140, "The test database URL must be a JDBC URL "
          + "(jdbc:postgresql://host:port/database); got " + (scheme.isEmpty() ? "one without a "
          + "scheme" : "a " + scheme + " URL") + ".");
    }
  }

  /** This server's URL with {@code database} in place of the one it names. */
  String urlOf(String database) {
    int slash = url.indexOf('/', "jdbc:postgresql://".length());
    int query = url.indexOf('?');
    String parameters = query < 0 ? "" : url.substring(query);
    String hosts = slash < 0 || (query >= 0 && slash > query)
        ? url.substring(0, query < 0 ? url.length() : query) : url.substring(0, slash);
    return hosts + "/" + database + parameters;
  }

  Connection connect(String jdbcUrl) throws SQLException {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    return DriverManager.getConnection(jdbcUrl, properties);
  }

  @Override
  public void close() throws Exception {
    stop.close();
  }
}
