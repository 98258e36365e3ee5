package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.Fixtures;
import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Roles with the grants that the CI/CD page documents (the SQL under {@code roles/}), on a
 * real server: the owner migrates, the application's role and a monitoring role need no
 * CREATE privilege once the version table exists.
 */
class LeastPrivilegeTest {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final String PASSWORD = "role-pw";

  private final PostgresServer server = PostgresServer.get();
  private final String suffix = "_" + ProcessHandle.current().pid() + "_"
      + COUNTER.incrementAndGet();
  private final List<String> databases = new ArrayList<>();
  private String url;

  /** A data-only revision, which a role with DML grants can run. */
  @Revision(id = "0004_da7a00", parent = "0003_c3c3c3", message = "add the first user")
  public static final class AddFirstUser implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.sql("INSERT INTO users (id, name) VALUES (1, 'first')");
    }

    @Override
    public void downgrade(Operations op) {
      op.sql("DELETE FROM users WHERE id = 1");
    }
  }

  @BeforeEach
  void createDatabaseAndOwner() throws Exception {
    url = database("privileges");
    superuser(url, documented("owner.sql"));
  }

  @AfterEach
  void dropRoles() throws Exception {
    List<String> roles;
    try (Connection c = server.connectUrl(url)) {
      roles = Catalog.query(c, "SELECT rolname FROM pg_roles WHERE rolname IN ('"
          + role("app_owner") + "', '" + role("app_runner") + "', '" + role("app_monitor")
          + "')");
    }
    for (String database : databases) {
      superuser(database, "DROP OWNED BY " + String.join(", ", roles));
    }
    superuser(url, "DROP ROLE " + String.join(", ", roles));
  }

  private String database(String prefix) throws Exception {
    String created = server.createDatabase(prefix);
    databases.add(created);
    // PostgreSQL 15 and later grant no CREATE on schema public to everyone; older ones do.
    superuser(created, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    return created;
  }

  private String role(String name) {
    return name + suffix;
  }

  /** A documented SQL file with this test's role names, and passwords for logging in. */
  private String documented(String file) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/roles/" + file)) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String name : List.of("app_owner", "app_runner", "app_monitor")) {
        sql = sql.replace(name, role(name));
        if (sql.contains("CREATE ROLE " + role(name))) {
          sql += "\nALTER ROLE " + role(name) + " PASSWORD '" + PASSWORD + "';";
        }
      }
      return sql;
    }
  }

  private void superuser(String database, String sql) throws Exception {
    try (Connection c = server.connectUrl(database); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private Migrator as(String name, String database, List<Migration> migrations) {
    return Migrator.builder().url(database).user(role(name)).password(PASSWORD)
        .migrations(migrations).connectRetries(0, java.time.Duration.ZERO).build();
  }

  @Test
  void upgrade_runnerWithGrantsOnExistingTableButNoCreate_runsWhatItsGrantsAllow()
      throws Exception {
    assertEquals(3, as("app_owner", url, Fixtures.linear()).upgrade("head").size());
    superuser(url, documented("after-first-upgrade.sql"));

    Migrator runner = as("app_runner", url, Fixtures.linear());
    assertEquals(List.of(), runner.upgrade("head"));
    assertTrue(runner.status().upToDate());

    superuser(url, "GRANT SELECT, INSERT, DELETE ON public.users TO " + role("app_runner"));
    Migrator withData = as("app_runner", url, Fixtures.with(new AddFirstUser()));
    assertEquals(1, withData.upgrade("head").size());
    assertEquals(List.of("0004_da7a00"), withData.status().currentHeads());
    assertEquals(1, withData.downgrade("-1").size());
    assertEquals(1, withData.upgrade("head").size());
  }

  @Test
  void status_monitorWithSelectOnly_readsButCannotStamp() throws Exception {
    Migrator owner = as("app_owner", url, Fixtures.linear());
    owner.upgrade("0002");
    superuser(url, documented("after-first-upgrade.sql"));

    Migrator monitor = as("app_monitor", url, Fixtures.linear());
    assertEquals(List.of("0002_b2b2b2"), monitor.status().currentHeads());
    assertEquals(ErrorCode.TM122,
        assertThrows(TidemarkException.class, monitor::requireUpToDate).code());
    TidemarkException stamp = assertThrows(TidemarkException.class,
        () -> monitor.stamp("head"));
    assertEquals("42501", stamp.sqlState());
    owner.upgrade("head");
    assertTrue(monitor.requireUpToDate().upToDate());
  }

  @Test
  void upgrade_missingTableAndNoCreatePrivilege_namesTheCreateStatementAndThePrivilege()
      throws Exception {
    as("app_owner", url, Fixtures.linear()).upgrade("0001");
    superuser(url, documented("after-first-upgrade.sql"));
    String empty = database("privileges_empty");

    TidemarkException error = assertThrows(TidemarkException.class,
        () -> as("app_runner", empty, Fixtures.linear()).upgrade("head"));
    assertEquals(ErrorCode.TM133, error.code());
    assertEquals("42501", error.sqlState());
    assertTrue(error.statement().startsWith("CREATE TABLE IF NOT EXISTS public.tidemark_version"
        + " (\n  id text PRIMARY KEY,"), error.statement());
    assertTrue(error.reason().endsWith(": permission denied for schema public. The version "
        + "table does not exist yet, and creating it needs CREATE on schema public. Run the "
        + "first upgrade as the schema's owner, or have the owner create the table and grant "
        + "this role SELECT, INSERT, UPDATE and DELETE on it."), error.reason());
    assertFalse(error.getMessage().contains("pg_advisory_lock"), error.getMessage());
    try (Connection c = server.connectUrl(empty)) {
      assertEquals(List.of(), Catalog.tables(c));
    }
    assertTrue(as("app_monitor", empty, Fixtures.linear()).status().currentHeads().isEmpty());
  }

  @Test
  void status_roleWithoutSelectOnTheTable_namesTheReadAndThePrivileges() throws Exception {
    as("app_owner", url, Fixtures.linear()).upgrade("head");
    superuser(url, "CREATE ROLE " + role("app_monitor") + " LOGIN PASSWORD '" + PASSWORD + "'");

    TidemarkException error = assertThrows(TidemarkException.class,
        () -> as("app_monitor", url, Fixtures.linear()).status());
    assertEquals(ErrorCode.TM133, error.code());
    assertEquals("SELECT * FROM public.tidemark_version ORDER BY applied_at, id",
        error.statement());
    assertTrue(error.reason().endsWith(": permission denied for table tidemark_version. "
        + "Reading the version table needs USAGE on schema public and SELECT on "
        + "public.tidemark_version; upgrade, downgrade and stamp need INSERT, UPDATE and DELETE "
        + "on it too."), error.reason());
  }
}
