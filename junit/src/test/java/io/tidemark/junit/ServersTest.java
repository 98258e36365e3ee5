package io.tidemark.junit;

import static io.tidemark.junit.TidemarkExtensionTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tidemark.TidemarkException;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each way to a server, run for real: the URL from the environment (the shared embedded
 * PostgreSQL of the test support stands in for the user's server), with and without the right
 * to create databases, the extension's own embedded PostgreSQL, and a container where a Docker
 * engine runs.
 */
class ServersTest {
  @TidemarkDatabase(revisionPackage = "io.tidemark.junit.good")
  static final class Good {}

  static TidemarkDatabase good() {
    return Good.class.getAnnotation(TidemarkDatabase.class);
  }

  @Test
  void environment_superuserUrl_createsMigratesAndDropsADatabaseOfItsOwn() throws SQLException {
    PostgresServer pg = PostgresServer.get();
    Map<String, String> environment = Map.of(
        ServerChoice.URL_VARIABLE, pg.baseUrl() + "postgres",
        ServerChoice.USER_VARIABLE, pg.user(), ServerChoice.PASSWORD_VARIABLE, pg.password());
    ServerChoice choice = ServerChoice.choose(environment, false, name -> true, () -> true);
    assertEquals(ServerChoice.ENVIRONMENT, choice);
    Server server = Servers.start(choice, environment, false);
    assertEquals("TIDEMARK_TEST_DATABASE_URL", server.description());
    TidemarkTestDatabase database = TidemarkTestDatabase.create(server, good(), "EnvTest");
    assertEquals(pg.baseUrl() + database.name(), database.url());
    assertHead(database, "public");
    database.close();
    try (Connection c = pg.connect("postgres")) {
      assertEquals(List.of(), strings(c, "SELECT datname FROM pg_database WHERE datname = '"
          + database.name() + "'"));
    }
  }

  @Test
  void urlOf_containerUrlWithParameters_replacesOnlyTheDatabase() {
    Server server = new Server("test", "jdbc:postgresql://localhost:32768/test?loggerLevel=OFF",
        "test", "test", false, () -> { });
    assertEquals("jdbc:postgresql://localhost:32768/tidemark_x_1?loggerLevel=OFF",
        server.urlOf("tidemark_x_1"));
    assertEquals("jdbc:postgresql://db1,db2:5432/tidemark_x_1", new Server("test",
        "jdbc:postgresql://db1,db2:5432/", null, null, true, () -> { }).urlOf("tidemark_x_1"));
  }

  @Test
  void environment_libpqUrl_failsWithTm140AskingForAJdbcUrl() {
    TidemarkException e = assertThrows(TidemarkException.class, () -> Servers.environment(
        Map.of(ServerChoice.URL_VARIABLE, "postgresql://app:secret@db:5432/app")));
    assertEquals("[TM140] The test database URL must be a JDBC URL "
        + "(jdbc:postgresql://host:port/database); got a postgresql:// URL.",
        e.getMessage());
  }

  @Test
  void environment_userWhoMayNotCreateDatabases_usesASchemaOfItsOwn() throws SQLException {
    PostgresServer pg = PostgresServer.get();
    String url = pg.createDatabase("limited");
    String databaseName = url.substring(url.lastIndexOf('/') + 1);
    String role = databaseName + "_user";
    try (Connection c = pg.connectUrl(url); Statement s = c.createStatement()) {
      s.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'limited' NOCREATEDB");
      s.execute("GRANT CREATE ON DATABASE " + databaseName + " TO " + role);
      s.execute("GRANT CREATE ON SCHEMA public TO " + role);
    }
    Map<String, String> environment = Map.of(ServerChoice.URL_VARIABLE, url + "?user=" + role
        + "&password=limited");
    Server server = Servers.start(ServerChoice.ENVIRONMENT, environment, false);
    TidemarkTestDatabase database = TidemarkTestDatabase.create(server, good(), "Limited");
    assertTrue(database.url().endsWith("&currentSchema=" + database.name() + ",public"),
        database.url());
    assertHead(database, database.name());
    TidemarkAssertions.assertChainRoundTrips(database);
    database.close();
    try (Connection c = pg.connectUrl(url)) {
      assertEquals(List.of(), strings(c, "SELECT nspname FROM pg_namespace WHERE nspname = '"
          + database.name() + "'"));
      assertEquals(List.of(), strings(c, "SELECT tablename FROM pg_tables"
          + " WHERE schemaname = 'public'"));
      try (Statement s = c.createStatement()) {
        s.execute("DROP OWNED BY " + role);
        s.execute("DROP ROLE " + role);
      }
    }
  }

  @Test
  void embedded_startsItsOwnServerAndMigratesADatabase() throws Exception {
    try (Server server = Servers.start(ServerChoice.EMBEDDED, Map.of(), false)) {
      assertTrue(server.description().startsWith("embedded PostgreSQL on port "),
          server.description());
      TidemarkTestDatabase database = TidemarkTestDatabase.create(server, good(), "Embedded");
      assertHead(database, "public");
      database.close();
    }
  }

  @Test
  void container_dockerEngine_startsPostgresAndMigratesADatabase() throws Exception {
    assumeTrue(ContainerServer.dockerAvailable(), "no Docker engine is available, so "
        + "Testcontainers cannot start a container on this machine");
    try (Server server = Servers.start(ServerChoice.CONTAINER, Map.of(), false)) {
      assertEquals("Testcontainers " + ContainerServer.POSTGRES_IMAGE, server.description());
      TidemarkTestDatabase database = TidemarkTestDatabase.create(server, good(), "Container");
      assertHead(database, "public");
      TidemarkAssertions.assertChainRoundTrips(database);
      database.close();
    }
  }

  private static void assertHead(TidemarkTestDatabase database, String schema)
      throws SQLException {
    try (Connection c = database.connect()) {
      assertEquals(List.of("orders", "tidemark_version", "users"), strings(c,
          "SELECT tablename FROM pg_tables WHERE schemaname = '" + schema + "' ORDER BY 1"));
    }
    assertTrue(database.migrator().status().upToDate());
  }
}
