package io.tidemark.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server of its own for login tests. The shared test server trusts every local
 * login, so it accepts any password; this one asks every role but {@code postgres} for its
 * SCRAM password over TCP, as a production server does. Started on first use, once per JVM.
 */
final class PasswordServer {
  private static final String HBA = """
      local all all trust
      host all postgres 127.0.0.1/32 trust
      host all postgres ::1/128 trust
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;
  private static final String PGPASS_PROPERTY = "org.postgresql.pgpassfile";
  private static PasswordServer instance;

  private final EmbeddedPostgres server;

  private PasswordServer(EmbeddedPostgres server) {
    this.server = server;
  }

  static synchronized PasswordServer get() {
    if (instance == null) {
      instance = new PasswordServer(start());
      instance.execute("CREATE DATABASE shop");
    }
    return instance;
  }

  private static EmbeddedPostgres start() {
    try {
      // Passwords are hashed with one SCRAM iteration instead of 4096: the tests log in
      // hundreds of times, and the iteration count changes nothing they check.
      EmbeddedPostgres server = EmbeddedPostgres.builder()
          .setServerConfig("scram_iterations", "1")
          .setDataDirectoryCustomizer(PasswordServer::writeHba).start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the data directory is temporary
        }
      }));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
  }

  private static void writeHba(File dataDirectory) {
    try {
      Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), HBA);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Selects the CLI's fixture chain and points the driver's password file at {@code pgpass}
   * (a file that does not exist keeps the developer's {@code ~/.pgpass} out of the tests).
   */
  static void useChainAndPasswordFile(String pgpass) {
    System.setProperty("tidemark.fixture", "merged");
    System.setProperty(PGPASS_PROPERTY, pgpass);
  }

  /** Undoes {@link #useChainAndPasswordFile}. */
  static void clearChainAndPasswordFile() {
    System.clearProperty("tidemark.fixture");
    System.clearProperty(PGPASS_PROPERTY);
  }

  int port() {
    return server.getPort();
  }

  /** Creates the login role {@code name}, or changes its password when it exists. */
  void role(String name, String password) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        PreparedStatement exists = c.prepareStatement(
            "SELECT format(CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = ?) "
                + "THEN 'ALTER ROLE %I PASSWORD %L' ELSE 'CREATE ROLE %I LOGIN PASSWORD %L' END, "
                + "?::text, ?::text)")) {
      exists.setString(1, name);
      exists.setString(2, name);
      exists.setString(3, password);
      try (ResultSet sql = exists.executeQuery()) {
        sql.next();
        execute(sql.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not set up role " + name, e);
    }
  }

  private void execute(String sql) {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run " + sql, e);
    }
  }
}
