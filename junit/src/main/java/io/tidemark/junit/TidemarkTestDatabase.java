package io.tidemark.junit;

import io.tidemark.ErrorCode;
import io.tidemark.LiveSchema;
import io.tidemark.Migrator;
import io.tidemark.MigratorBuilder;
import io.tidemark.TidemarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database one test class gets: a database of its own on the shared server (or, where the
 * user named a server on which they may not create databases, a schema of its own first on the
 * search path, with the version table in it), migrated to head when the class starts and
 * dropped when it ends.
 */
public final class TidemarkTestDatabase implements ExtensionContext.Store.CloseableResource {
  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Server server;
  private final String name;
  private final boolean ownSchema;
  private final String url;
  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  private final Migrator migrator;
  private LiveSchema beforeChain;

  private TidemarkTestDatabase(Server server, String name, boolean ownSchema,
      TidemarkDatabase settings) {
    this.server = server;
    this.name = name;
    this.ownSchema = ownSchema;
    this.url = ownSchema
        ? server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + name
            + ",public"
        : server.urlOf(name);
    dataSource.setURL(url);
    if (server.user() != null) {
      dataSource.setUser(server.user());
    }
    if (server.password() != null) {
      dataSource.setPassword(server.password());
    }
    MigratorBuilder builder = Migrator.builder().dataSource(dataSource)
        .versionTable(ownSchema ? name : "public", settings.versionTable());
    if (!settings.revisionPackage().isEmpty()) {
      builder.revisionPackage(settings.revisionPackage());
    }
    this.migrator = builder.build();
  }

  /**
   * Creates the database for the class named {@code label} on {@code server} and migrates it
   * to head; drops it again when that fails.
   */
  static TidemarkTestDatabase create(Server server, TidemarkDatabase settings, String label) {
    String prefix = "tidemark_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    String name = prefix.substring(0, Math.min(40, prefix.length())) + "_"
        + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid();
    boolean ownSchema = createOn(server, name);
    TidemarkTestDatabase database = new TidemarkTestDatabase(server, name, ownSchema, settings);
    try {
      if (settings.timescale()) {
        database.enableTimescale();
      }
      database.beforeChain = database.migrator.liveSchema();
      database.migrator.upgrade("heads");
      return database;
    } catch (RuntimeException e) {
      try {
        database.close();
      } catch (RuntimeException dropFailed) {
        e.addSuppressed(dropFailed);
      }
      throw e;
    }
  }

  /** Creates database {@code name}, or schema {@code name} where the server allows that only. */
  private static boolean createOn(Server server, String name) {
    try (Connection c = server.connect(server.url()); Statement s = c.createStatement()) {
      try {
        s.execute("CREATE DATABASE " + name);
        return false;
      } catch (SQLException e) {
        if (!server.schemaFallback() || !"42501".equals(e.getSQLState())) {
          throw e;
        }
        s.execute("CREATE SCHEMA " + name);
        return true;
      }
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM172, "Creating the test database " + name
          + " on " + server.description() + " failed: " + e.getMessage().strip() + ". The user "
          + "needs the CREATEDB privilege, or CREATE on the database in the URL.", e);
    }
  }

  private void enableTimescale() {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS timescaledb");
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM171, "The test class asks for TimescaleDB, but "
          + server.description() + " cannot create the extension: " + e.getMessage().strip()
          + ". Point " + ServerChoice.URL_VARIABLE + " at a TimescaleDB server.", e);
    }
  }

  /** The JDBC URL of this database (credentials apart: {@link #user()}, {@link #password()}). */
  public String url() {
    return url;
  }

  /** The user, or {@code null} when the server's URL carries it. */
  public String user() {
    return server.user();
  }

  /** The password, or {@code null} when the server's URL carries it. */
  public String password() {
    return server.password();
  }

  /** A data source of this database (a new connection per call, no pool). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A new connection to this database; the caller closes it. */
  public Connection connect() throws SQLException {
    return dataSource.getConnection();
  }

  /** A {@link Migrator} of this database and the class's chain, for tests that move it. */
  public Migrator migrator() {
    return migrator;
  }

  /** The name of the database, or of the schema when the class got a schema of its own. */
  public String name() {
    return name;
  }

  /** Where the server came from: the environment variable, a container or the embedded one. */
  public String server() {
    return server.description();
  }

  /** The catalog as it was before the chain ran, for {@link TidemarkAssertions}. */
  LiveSchema beforeChain() {
    return beforeChain;
  }

  /** Drops the database (or schema); runs after the class's last test. */
  @Override
  public void close() {
    String drop = ownSchema ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
        : "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)";
    try (Connection c = server.connect(server.url()); Statement s = c.createStatement()) {
      s.execute(drop);
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM172, "Dropping the test database " + name
          + " on " + server.description() + " failed: " + e.getMessage().strip(), e);
    }
  }

  @Override
  public String toString() {
    return name + " on " + server.description();
  }
}
