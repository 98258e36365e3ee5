package io.tidemark.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server per test JVM, shared by every test; each test gets a database
 * of its own. Uses the server named by {@code TIDEMARK_TEST_PG_URL} (a JDBC URL with user and
 * password of a superuser) when set, otherwise starts Zonky's embedded PostgreSQL.
 */
public final class PostgresServer {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static PostgresServer instance;

  private final String baseUrl;
  private final String user;
  private final String password;
  private final EmbeddedPostgres embedded;

  private PostgresServer(String baseUrl, String user, String password, EmbeddedPostgres embedded) {
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
    this.embedded = embedded;
  }

  /** The shared server, started on first use and stopped when the JVM exits. */
  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  private static PostgresServer start() {
    String url = System.getenv("TIDEMARK_TEST_PG_URL");
    if (url != null && !url.isBlank()) {
      String base = url.substring(0, url.lastIndexOf('/') + 1);
      return new PostgresServer(
          base,
          System.getenv().getOrDefault("TIDEMARK_TEST_PG_USER", "postgres"),
          System.getenv().getOrDefault("TIDEMARK_TEST_PG_PASSWORD", "postgres"),
          null);
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the data directory is temporary
        }
      }));
      return new PostgresServer(
          "jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres", pg);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  /** Creates an empty database with a unique name and returns its JDBC URL. */
  public String createDatabase(String prefix) {
    String name = (prefix + "_" + COUNTER.incrementAndGet() + "_" + ProcessHandle.current().pid())
        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create database " + name, e);
    }
    return baseUrl + name;
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(baseUrl + database, user, password);
  }

  public Connection connectUrl(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /** Host and port part of the JDBC URL, for tools such as psql. */
  public String baseUrl() {
    return baseUrl;
  }

  public boolean embedded() {
    return embedded != null;
  }
}
