package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.FailureFixtures;
import io.tidemark.fixture.Fixtures;
import io.tidemark.fixture.LockFixtures;
import io.tidemark.fixture.LockHolderSession;
import io.tidemark.fixture.RunEvents;
import io.tidemark.fixture.ServerSessions;
import io.tidemark.fixture.WriteLoad;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A transactional part that waits for a lock behind another session gives up after a short
 * {@code lock_timeout}, so writers never queue behind it for long, and runs again with
 * jittered backoff until its budget is spent.
 */
class LockRetryTest {
  private final PostgresServer server = PostgresServer.get();
  private final RunEvents events = new RunEvents();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("lockretry");
    Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(Fixtures.linear()).build().upgrade("head");
  }

  private MigratorBuilder migrator(List<Migration> chain) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(chain).listener(events);
  }

  private List<String> query(String sql) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.query(c, sql);
    }
  }

  private List<String> noteColumn() throws Exception {
    return query("SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = 'users' AND column_name = 'note'");
  }

  private static long since(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void upgrade_readerHoldsTheTable_retriesUntilItEndsAndWritersNeverQueueLong()
      throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(new LockFixtures.AddNote())).build();
    long held;
    long longestWrite;
    List<RevisionRun> runs;
    int readerPid;
    try (WriteLoad load = new WriteLoad(server, url);
        LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      readerPid = reader.pid();
      long start = System.nanoTime();
      CompletableFuture<List<RevisionRun>> run =
          CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      assertTrue(ServerSessions.await(() -> events.waits().size() >= 3 && since(start) >= 3000,
          () -> !run.isDone()), () -> "the run ended while the reader held the table: "
          + run.join());
      held = since(start);
      reader.release();
      runs = run.get(60, TimeUnit.SECONDS);
      longestWrite = load.longestMillis();
      assertTrue(load.writes() > 0);
    }
    assertEquals(List.of("0004_4a4a4a"), runs.stream().map(r -> r.revision().id()).toList());
    assertEquals(List.of("note"), noteColumn());
    // Each attempt let the writers queued behind it through after 100 ms; a single wait would
    // have held them for as long as the reader held the table.
    assertTrue(longestWrite < held / 2, "a write waited " + longestWrite + " ms while the "
        + "reader held the table for " + held + " ms");
    List<LockWait> waits = events.waits();
    for (int i = 0; i < waits.size(); i++) {
      LockWait wait = waits.get(i);
      assertEquals(i + 1, wait.retry());
      assertEquals("public.users", wait.table());
      assertEquals(readerPid, wait.blocker().pid());
      assertEquals("idle in transaction", wait.blocker().state());
      assertEquals(Duration.ofMinutes(5), wait.budget());
      assertTrue(wait.delay().toMillis() <= Math.min(5000, 200L << Math.min(i, 10)),
          wait.delay() + " before retry " + wait.retry());
      assertTrue(wait.describe().startsWith("waiting for a lock on public.users (blocked by pid "
          + readerPid + ", idle in transaction for "), wait.describe());
    }
    List<String> expected = new ArrayList<>(List.of("starting 0004_4a4a4a"));
    for (LockWait wait : waits) {
      expected.add("retry " + wait.retry() + " 0004_4a4a4a");
    }
    expected.add("finished 0004_4a4a4a");
    assertEquals(expected, events.events());
  }

  @Test
  void upgrade_oneLongWaitBehindReader_writersQueueBehindTheWaitingAlter() throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(new LockFixtures.AddNote()))
        .lockTimeout(Duration.ofSeconds(30)).lockRetryBudget(Duration.ZERO).build();
    try (WriteLoad load = new WriteLoad(server, url);
        LockHolderSession reader = LockHolderSession.reading(server, url, "users");
        ServerSessions sessions = new ServerSessions(server)) {
      CompletableFuture<List<RevisionRun>> run =
          CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      assertTrue(ServerSessions.await(() -> !sessions.matching(ServerSessions.database(url),
          "%ALTER TABLE users ADD COLUMN note%", true).isEmpty(), () -> !run.isDone()));
      Thread.sleep(2500);
      reader.release();
      run.get(60, TimeUnit.SECONDS);
      // The write that queued behind the ALTER finishes just after it; wait until it is counted.
      load.awaitNextWrite(10_000);
      assertTrue(load.longestMillis() >= 1500, "the longest write took only "
          + load.longestMillis() + " ms");
    }
    assertEquals(List.of(), events.waits());
  }

  @Test
  void upgrade_budgetSpentBehindReader_failsWithTm151NamingTableAndHolderChangingNothing()
      throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(new LockFixtures.AddNote()))
        .lockRetryBudget(Duration.ofSeconds(1)).build();
    TidemarkException error;
    int readerPid;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      readerPid = reader.pid();
      error = assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));
    }
    assertEquals(ErrorCode.TM151, error.code());
    assertEquals("0004_4a4a4a", error.revision());
    assertEquals("55P03", error.sqlState());
    assertEquals("ALTER TABLE users ADD COLUMN note text", error.statement());
    int attempts = events.waits().size() + 1;
    assertTrue(attempts >= 2, error.getMessage());
    String message = error.getMessage();
    for (String part : List.of("Revision 0004_4a4a4a (upgrade, add users.note) could not get a "
        + "lock in time: step 1 of 1 waited for a lock on public.users, held by pid "
        + readerPid + " (user " + server.user() + ", application '",
        "idle in transaction for ", "holding AccessShareLock on public.users, last query: "
        + "SELECT count(*) FROM users)", "It tried " + attempts + " times, each attempt "
        + "waiting at most 100 ms", "of its lock retry budget of 1 s. The revision was rolled "
        + "back and the version table is unchanged. Let pid " + readerPid + " finish, or end "
        + "it with SELECT pg_terminate_backend(" + readerPid + "), then run upgrade again; to "
        + "keep trying for longer, raise the budget: --lock-retry-budget")) {
      assertTrue(message.contains(part), "'" + part + "' is not in: " + message);
    }
    assertEquals(List.of(), noteColumn());
    assertEquals(List.of("0003_c3c3c3"), migrator.status().currentHeads());
    assertEquals(List.of("0"), query("SELECT count(*) FROM tidemark_version"
        + " WHERE id = '0004_4a4a4a'"));
  }

  @Test
  void upgrade_pipelinedGroupWhoseThirdWaits_commitsTheFirstTwoOnceThenRetriesFromTheThird()
      throws Exception {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute("CREATE SEQUENCE runs_4; CREATE SEQUENCE runs_5; CREATE SEQUENCE runs_6;"
          + " CREATE SEQUENCE runs_7");
    }
    Migrator migrator = migrator(FailureFixtures.after(new LockFixtures.CreateOne(),
        new LockFixtures.CreateTwo(), new LockFixtures.AddNoteCounted(),
        new LockFixtures.CreateThree())).build();
    List<RevisionRun> runs;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      CompletableFuture<List<RevisionRun>> run =
          CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      assertTrue(ServerSessions.await(() -> events.waits().size() >= 2, () -> !run.isDone()),
          () -> "the run ended while the reader held the table: " + run.join());
      // While the third waits, the first two are committed and recorded.
      assertEquals(List.of("0004_5a5a5a", "0005_5b5b5b"), query("SELECT id FROM"
          + " tidemark_version WHERE id > '0004' ORDER BY id"));
      reader.release();
      runs = run.get(60, TimeUnit.SECONDS);
    }
    assertEquals(List.of("0004_5a5a5a", "0005_5b5b5b", "0006_5c5c5c", "0007_5d5d5d"),
        runs.stream().map(r -> r.revision().id()).toList());
    int attempts = events.waits().size() + 1;
    assertEquals(List.of("1", "1", String.valueOf(attempts), "1"), query("SELECT last_value"
        + " FROM runs_4 UNION ALL SELECT last_value FROM runs_5 UNION ALL SELECT last_value"
        + " FROM runs_6 UNION ALL SELECT last_value FROM runs_7"));
    List<String> expected = new ArrayList<>(List.of("starting 0004_5a5a5a",
        "finished 0004_5a5a5a", "starting 0005_5b5b5b", "finished 0005_5b5b5b",
        "starting 0006_5c5c5c"));
    for (LockWait wait : events.waits()) {
      expected.add("retry " + wait.retry() + " 0006_5c5c5c");
    }
    expected.addAll(List.of("finished 0006_5c5c5c", "starting 0007_5d5d5d",
        "finished 0007_5d5d5d"));
    assertEquals(expected, events.events());
    assertEquals(List.of("note"), noteColumn());
    assertEquals(List.of("0007_5d5d5d"), migrator.status().currentHeads());
  }

  @Test
  void upgrade_revisionSetsOneWaitOfASecond_triesOnceDespiteTheRunsBudget() throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(new LockFixtures.AddNoteWaitingOnce()))
        .build();
    TidemarkException error;
    long millis;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      long start = System.nanoTime();
      error = assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));
      millis = since(start);
    }
    assertEquals(ErrorCode.TM151, error.code());
    assertTrue(error.getMessage().contains("It tried 1 time, each attempt waiting at most 1 s"),
        error.getMessage());
    assertTrue(millis >= 1000 && millis < 2500, millis + " ms");
    assertEquals(List.of(), events.waits());
  }

  @Test
  void upgrade_revisionSetsLongerBudget_retriesWhereTheRunWouldTryOnce() throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(new LockFixtures.AddNoteToHotTable()))
        .lockRetryBudget(Duration.ZERO).build();
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      CompletableFuture<List<RevisionRun>> run =
          CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
      assertTrue(ServerSessions.await(() -> events.waits().size() >= 2, () -> !run.isDone()),
          () -> "the run ended while the reader held the table: " + run.join());
      reader.release();
      run.get(60, TimeUnit.SECONDS);
    }
    assertEquals(Duration.ofMinutes(30), events.waits().get(0).budget());
    assertEquals(List.of("note"), noteColumn());
  }

  @Test
  void graph_revisionLockSettingNotADuration_failsWithTm152BeforeTheDatabase() {
    Migrator migrator = Migrator.builder().url("postgresql://nowhere.invalid/db")
        .migrations(FailureFixtures.after(new LockFixtures.BadLockTimeout())).build();
    TidemarkException error = assertThrows(TidemarkException.class, migrator::graph);
    assertEquals(ErrorCode.TM152, error.code());
    assertEquals("[TM152] Revision 0004_4d4d4d (" + LockFixtures.BadLockTimeout.class.getName()
        + ") has @Revision(lockTimeout = \"soon\"): 'soon' is not a duration: write a number "
        + "with ms, s, m or h (a plain number counts milliseconds), for example lockTimeout = "
        + "\"2s\", or leave it out for the run's setting.\n    revision: 0004_4d4d4d",
        error.getMessage());
    assertFalse(error.getMessage().contains("SQLState"));
  }
}
