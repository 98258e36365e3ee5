package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.FailureFixtures;
import io.tidemark.fixture.Fixtures;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A failing statement is named from its first failure, and nothing runs a second time. */
class StatementFailureTest {
  private final PostgresServer server = PostgresServer.get();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("failure");
  }

  private MigratorBuilder migrator(List<Migration> migrations) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(migrations);
  }

  private void execute(String sql) throws Exception {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private List<String> query(String sql) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.query(c, sql);
    }
  }

  @Test
  void upgrade_tableLockedWithoutRetryBudget_failsAfterOneWaitAndRunsUserSqlOnce()
      throws Exception {
    migrator(Fixtures.linear()).build().upgrade("head");
    execute("CREATE SEQUENCE side_effects");
    Migrator locked = migrator(FailureFixtures.after(new FailureFixtures.CountThenAlterUsers(),
        new FailureFixtures.CommentUsers())).lockTimeout(Duration.ofSeconds(1))
        .lockRetryBudget(Duration.ZERO).build();
    TidemarkException error;
    long millis;
    try (Connection holder = server.connectUrl(url); Statement read = holder.createStatement()) {
      holder.setAutoCommit(false);
      read.execute("SELECT count(*) FROM users");
      long start = System.nanoTime();
      error = assertThrows(TidemarkException.class, () -> locked.upgrade("head"));
      millis = (System.nanoTime() - start) / 1_000_000;
      holder.rollback();
    }
    assertEquals(ErrorCode.TM151, error.code());
    assertEquals("0004_5e5e5e", error.revision());
    assertEquals("55P03", error.sqlState());
    assertTrue(error.statement().startsWith("ALTER TABLE users ADD COLUMN "), error.statement());
    assertTrue(error.getMessage().contains("could not get a lock in time: step 2 of 2 waited "
        + "for a lock on public.users, held by pid ") && error.getMessage().contains("It tried "
        + "1 time, each attempt waiting at most 1 s"), error.getMessage());
    // One wait of one second; replaying the statement alone and once more rolled back, as
    // runs used to, waited three.
    assertTrue(millis >= 1000 && millis < 2500, millis + " ms");
    assertEquals(List.of("1"), query("SELECT last_value FROM side_effects"));
    assertEquals(List.of("0003_c3c3c3"), locked.status().currentHeads());
  }

  @Test
  void upgrade_failureAfterMultiStatementSql_namesTheRevisionAndStatementThatFailed()
      throws Exception {
    Migrator failing = migrator(FailureFixtures.after(new FailureFixtures.TwoUsersInOneSql(),
        new FailureFixtures.FailsAtStepTwo())).build();
    assertFailsAtStepTwo(failing);
  }

  @Test
  void upgrade_roleWithoutTemporaryTables_namesTheFailingStatementToo() throws Exception {
    String database = url.substring(url.lastIndexOf('/') + 1);
    String role = database + "_runner";
    execute("CREATE ROLE " + role + " LOGIN PASSWORD 'runner'");
    execute("REVOKE TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
    execute("GRANT CREATE ON SCHEMA public TO " + role);
    assertEquals(List.of("f"), query("SELECT has_database_privilege('" + role + "', '"
        + database + "', 'TEMPORARY')"));
    Migrator failing = Migrator.builder().url(url).user(role).password("runner")
        .migrations(FailureFixtures.after(new FailureFixtures.TwoUsersInOneSql(),
            new FailureFixtures.FailsAtStepTwo())).build();
    assertFailsAtStepTwo(failing);
  }

  private void assertFailsAtStepTwo(Migrator failing) throws Exception {
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> failing.upgrade("head"));
    assertEquals(ErrorCode.TM130, error.code());
    assertEquals("0005_6b6b6b", error.revision(), error.getMessage());
    assertEquals("23505", error.sqlState());
    assertEquals("INSERT INTO users (id, name) VALUES (10, 'ten again')", error.statement());
    assertTrue(error.getMessage().contains("failed at step 2 of 3"), error.getMessage());
    assertEquals(List.of("0004_6a6a6a"), failing.status().currentHeads());
    assertEquals(List.of("2"), query("SELECT count(*) FROM users"));
    assertEquals(List.of(), query("SELECT description FROM pg_description"
        + " WHERE objoid = 'users'::regclass"));
  }

  @Test
  void upgrade_deferredConstraintFailsAtCommit_saysTheStepsRanAndCommittingFailed()
      throws Exception {
    Migrator failing = migrator(FailureFixtures.after(new FailureFixtures.DeferredViolation()))
        .build();
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> failing.upgrade("head"));
    assertEquals(ErrorCode.TM130, error.code());
    assertEquals("0004_7a7a7a", error.revision());
    assertEquals("23503", error.sqlState());
    assertTrue(error.getMessage().contains("ran its 3 steps, but recording or committing it "
        + "failed"), error.getMessage());
    assertEquals(List.of("0003_c3c3c3"), failing.status().currentHeads());
    try (Connection c = server.connectUrl(url)) {
      assertFalse(Catalog.tables(c).contains("holder"));
    }
  }
}
