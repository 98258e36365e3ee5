package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.FailureFixtures;
import io.tidemark.fixture.Fixtures;
import io.tidemark.fixture.LockFixtures;
import io.tidemark.fixture.LockHolderSession;
import io.tidemark.fixture.RunEvents;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A statement outside a transaction lets writes through while it waits, so it waits for the
 * rest of its revision's budget instead of one short attempt; a part after it that spends the
 * budget leaves the revision's progress recorded, and the next run continues there.
 */
class LockTimeoutAloneTest {
  private final PostgresServer server = PostgresServer.get();
  private final RunEvents events = new RunEvents();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("lockalone");
    Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(Fixtures.linear()).build().upgrade("head");
  }

  private MigratorBuilder migrator(Migration last) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(FailureFixtures.after(last)).listener(events);
  }

  private List<String> query(String sql) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.query(c, sql);
    }
  }

  private LockHolderSession writer() throws Exception {
    return LockHolderSession.writing(server, url,
        "INSERT INTO users (id, name) VALUES (42, 'uncommitted')");
  }

  private static long since(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void upgrade_indexBuildWaitsForAnOpenWriter_waitsLongerThanOneAttemptAndBuildsIt()
      throws Exception {
    Migrator migrator = migrator(new LockFixtures.IndexName()).build();
    long millis;
    try (LockHolderSession writer = writer()) {
      long start = System.nanoTime();
      CompletableFuture<List<RevisionRun>> run =
          CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      Thread.sleep(1500);
      writer.release();
      run.get(60, TimeUnit.SECONDS);
      millis = since(start);
    }
    assertTrue(millis >= 1500, millis + " ms");
    assertEquals(List.of(), events.waits());
    assertEquals(List.of("t"), query("SELECT indisvalid FROM pg_index"
        + " WHERE indexrelid = 'users_name_idx'::regclass"));
  }

  @Test
  void upgrade_indexBuildWaitsLongerThanTheBudget_stopsAfterTheBudgetWithTm131()
      throws Exception {
    Migrator migrator = migrator(new LockFixtures.IndexName())
        .lockRetryBudget(Duration.ofSeconds(1)).build();
    TidemarkException error;
    long millis;
    try (LockHolderSession writer = writer()) {
      long start = System.nanoTime();
      error = assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));
      millis = since(start);
    }
    assertEquals(ErrorCode.TM131, error.code(), error.getMessage());
    assertEquals("55P03", error.sqlState());
    assertTrue(error.getMessage().contains("waited for a lock that another session holds for "
        + "what was left of the revision's lock retry budget (--lock-retry-budget)"),
        error.getMessage());
    assertTrue(millis >= 900 && millis < 3000, millis + " ms");
  }

  @Test
  void upgrade_partAfterALoneStepSpendsTheBudget_keepsTheStepRecordedAndTheNextRunContinues()
      throws Exception {
    TidemarkException error;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      Migrator migrator = migrator(new LockFixtures.VacuumThenAddNote())
          .lockRetryBudget(Duration.ofSeconds(1)).build();
      error = assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));
    }
    assertEquals(ErrorCode.TM151, error.code(), error.getMessage());
    assertTrue(error.getMessage().contains("step 2 of 2 waited for a lock on public.users")
        && error.getMessage().contains("Steps 1 to 1 are done and recorded in the version "
        + "table as the revision's progress") && error.getMessage().contains("then run "
        + "upgrade again (it continues with step 2)"), error.getMessage());
    assertEquals(List.of("upgrading 1"), query("SELECT state || ' ' || completed_steps"
        + " FROM tidemark_version WHERE id = '0004_4f4f4f'"));
    assertEquals(List.of(), query("SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = 'users' AND column_name = 'note'"));

    List<RevisionRun> runs = migrator(new LockFixtures.VacuumThenAddNote()).build()
        .upgrade("head");
    assertEquals(1, runs.size());
    assertEquals(List.of("note"), query("SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = 'users' AND column_name = 'note'"));
    assertEquals(List.of("applied null"), query("SELECT state || ' ' || coalesce("
        + "completed_steps::text, 'null') FROM tidemark_version WHERE id = '0004_4f4f4f'"));
  }
}
