package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.SafePlanTables;
import io.tidemark.fixture.SafePlanTables.Change;
import io.tidemark.testing.PostgresServer;
import io.tidemark.testing.Psql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NOT NULL plan, which has every kind of step, written as an offline script and run into
 * rows that break its check: the script validates outside the revision's transactions and
 * leaves what an online run leaves; a failed validation stops the run with the check in place
 * and the next run continues with it.
 */
class SafePlanScriptTest {
  private final PostgresServer server = PostgresServer.get();
  private final SafePlanTables tables = new SafePlanTables(server);

  @TempDir
  Path dir;

  @Test
  void upgradeSql_notNullPlan_validatesOutsideTheTransactionsAndMatchesOnlineRun()
      throws Exception {
    String online = tables.seeded("online", SafePlanTables.safeNotNull());
    String offline = tables.seeded("offline", SafePlanTables.safeNotNull());
    Migrator migrator = tables.migrator(online, SafePlanTables.safeNotNull());
    String sql = migrator.upgradeSql("0001:head");
    String shortWait = "SET LOCAL lock_timeout = '100ms';\n";
    assertTrue(sql.contains(":tidemark_begin\n" + shortWait + "ALTER TABLE account ADD CONSTRAINT"
        + " account_email_not_null_check CHECK (email IS NOT NULL) NOT VALID;\n"
        + ":tidemark_commit\nALTER TABLE account VALIDATE CONSTRAINT"
        + " account_email_not_null_check;\n:tidemark_begin\n" + shortWait + "ALTER TABLE account"
        + " ALTER COLUMN email SET NOT NULL;\nALTER TABLE account DROP CONSTRAINT"
        + " account_email_not_null_check;\n"), sql);
    migrator.upgrade("head");
    Psql.Result run = Psql.run(offline, server.user(), server.password(),
        Files.writeString(dir.resolve("not-null.sql"), sql));
    assertEquals(0, run.exit(), run.output());
    assertEquals(tables.catalog(online), tables.catalog(offline));
    try (Connection a = server.connectUrl(online); Connection b = server.connectUrl(offline)) {
      assertEquals(Catalog.versionRows(a), Catalog.versionRows(b));
    }
  }

  @Test
  void validateConstraint_rowsBreakingTheCheck_stopsWithTheCheckInPlaceAndContinuesOnceFixed()
      throws Exception {
    Change safe = SafePlanTables.safeNotNull();
    String url = tables.seeded("broken", safe);
    try (Connection c = server.connectUrl(url); java.sql.Statement s = c.createStatement()) {
      s.execute("UPDATE account SET email = NULL WHERE id = 7");
    }
    Migrator migrator = tables.migrator(url, safe);
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM131, error.code());
    assertEquals("23514", error.sqlState());
    assertEquals("ALTER TABLE account VALIDATE CONSTRAINT account_email_not_null_check",
        error.statement());
    assertTrue(error.getMessage().contains("Rows already in the table break the constraint that"
        + " step 2 validates; the constraint stays in place NOT VALID and checks every row written"
        + " from now on. Correct those rows. Fix the cause and run upgrade again: it continues"
        + " with step 2."), error.getMessage());
    assertEquals(List.of("not validated account_email_not_null_check"),
        tables.catalog(url).stream().filter(l -> l.startsWith("not validated ")).toList());
    try (Connection c = server.connectUrl(url); java.sql.Statement s = c.createStatement()) {
      s.execute("UPDATE account SET email = 'seven@example.test' WHERE id = 7");
    }
    assertEquals(1, migrator.upgrade("head").size());
    List<String> done = tables.catalog(url);
    assertTrue(done.contains("column account.email text NO "), String.join("\n", done));
    assertTrue(done.stream().noneMatch(l -> l.contains("not_null_check")), String.join("\n", done));
  }
}
