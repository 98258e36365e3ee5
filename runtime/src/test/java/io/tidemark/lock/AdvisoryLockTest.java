package io.tidemark.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.LockHolder;
import io.tidemark.Migrator;
import io.tidemark.TidemarkException;
import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.Fixtures;
import io.tidemark.history.VersionTable;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for the migration lock while a plain JDBC session holds it. */
class AdvisoryLockTest {
  private static final long KEY =
      new VersionTable(VersionTable.DEFAULT_SCHEMA, VersionTable.DEFAULT_NAME).lockKey();

  private final PostgresServer server = PostgresServer.get();
  private final List<LockHolder> reported = new CopyOnWriteArrayList<>();
  private final CountDownLatch waiting = new CountDownLatch(1);
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("lock");
  }

  private Migrator migrator(Duration lockWait) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(Fixtures.linear()).lockWait(lockWait)
        .listener(new Migrator.Listener() {
          @Override
          public void waitingForLock(LockHolder holder, Duration waited) {
            reported.add(holder);
            waiting.countDown();
          }
        }).build();
  }

  /** A session that holds Tidemark's lock, as a stuck runner or an operator's psql would. */
  private Connection holdLock(String application) throws SQLException {
    Connection holder = server.connectUrl(url);
    execute(holder, "SET application_name = '" + application + "'");
    execute(holder, "SELECT pg_advisory_lock(" + KEY + ")");
    return holder;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static int pid(Connection connection) throws SQLException {
    return Integer.parseInt(Catalog.query(connection, "SELECT pg_backend_pid()").get(0));
  }

  private boolean versionTableExists() throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.query(c, "SELECT to_regclass('public.tidemark_version')").get(0) != null;
    }
  }

  @Test
  void upgrade_lockHeldLongerThanTheWait_reportsTheHolderAndFailsWithTm134CreatingNothing()
      throws Exception {
    try (Connection holder = holdLock("stuck-holder")) {
      int pid = pid(holder);
      long start = System.nanoTime();
      TidemarkException e = assertThrows(TidemarkException.class,
          () -> migrator(Duration.ofMillis(1500)).upgrade("head"));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(ErrorCode.TM134, e.code());
      assertTrue(millis >= 1500, millis + " ms");
      assertTrue(e.getMessage().contains("The migration lock (advisory lock " + KEY
          + " in this database) is held by pid " + pid + " (user " + server.user()
          + ", application 'stuck-holder', client "), e.getMessage());
      assertTrue(e.getMessage().matches("(?s).*; gave up after waiting \\d+ s\\. .*"),
          e.getMessage());
      assertTrue(e.getMessage().contains(" Nothing was changed. If another run is migrating, let it finish and run again, or wait longer with "
          + "lockWait (CLI: --lock-wait). If that session is stuck, end it with SELECT "
          + "pg_terminate_backend(" + pid + ")."), e.getMessage());
      assertEquals(1, reported.size(), "reported at once, then every 10 s");
      LockHolder seen = reported.get(0);
      assertEquals(pid, seen.pid());
      assertEquals("stuck-holder", seen.application());
      assertTrue(seen.client().matches("(127\\.0\\.0\\.1|::1):\\d+"), seen.client());
      assertNotNull(seen.connectedAt());
      assertEquals("idle", seen.state());
      assertFalse(versionTableExists());
    }
  }

  @Test
  void upgrade_zeroLockWait_failsAtTheFirstAttemptWithoutWaiting() throws Exception {
    try (Connection holder = holdLock("stuck-holder")) {
      TidemarkException e = assertThrows(TidemarkException.class,
          () -> migrator(Duration.ZERO).upgrade("head"));
      assertEquals(ErrorCode.TM134, e.code());
      assertTrue(e.getMessage().contains("held by pid " + pid(holder)), e.getMessage());
      assertEquals(List.of(), reported);
      assertFalse(versionTableExists());
    }
  }

  @Test
  void upgrade_lockReleasedWhileWaiting_reportsTheHolderThenApplies() throws Exception {
    try (Connection holder = holdLock("earlier-deploy")) {
      CompletableFuture<Integer> upgrade = CompletableFuture.supplyAsync(
          () -> migrator(Duration.ofSeconds(60)).upgrade("head").size());
      assertTrue(waiting.await(30, TimeUnit.SECONDS), "no report of the holder");
      assertFalse(versionTableExists());
      execute(holder, "SELECT pg_advisory_unlock(" + KEY + ")");
      assertEquals(3, upgrade.get(30, TimeUnit.SECONDS));
      assertEquals("earlier-deploy", reported.get(0).application());
    }
  }

  /**
   * Defect of a runner that waits inside {@code pg_advisory_lock}: its statement holds a
   * snapshot, so a concurrent index build in the session holding the lock waits for it while
   * it waits for the lock, until the deadlock detector kills one of them.
   */
  @Test
  void concurrentIndexBuild_whileARunnerWaitsForTheLock_completesAndTheRunnerThenApplies()
      throws Exception {
    try (Connection holder = holdLock("index-builder")) {
      execute(holder, "CREATE TABLE big (id bigint)");
      execute(holder, "INSERT INTO big SELECT generate_series(1, 1000)");
      CompletableFuture<Integer> upgrade = CompletableFuture.supplyAsync(
          () -> migrator(Duration.ofSeconds(60)).upgrade("head").size());
      waitForTidemarkSession();
      // Past deadlock_timeout (1 s), the detector would have found a cycle by now.
      execute(holder, "SET statement_timeout = '20s'");
      execute(holder, "CREATE INDEX CONCURRENTLY big_id_idx ON big (id)");
      assertEquals(List.of("t"), Catalog.query(holder, "SELECT indisvalid FROM pg_index"
          + " WHERE indexrelid = 'big_id_idx'::regclass"));
      execute(holder, "SELECT pg_advisory_unlock(" + KEY + ")");
      assertEquals(3, upgrade.get(30, TimeUnit.SECONDS));
    }
  }

  /** Waits until the runner's own session is connected to the test database. */
  private void waitForTidemarkSession() throws Exception {
    try (Connection c = server.connectUrl(url)) {
      for (int i = 0; i < 300; i++) {
        if (!Catalog.query(c, "SELECT pid FROM pg_stat_activity WHERE application_name ="
            + " 'tidemark' AND datname = current_database()").isEmpty()) {
          Thread.sleep(500);
          return;
        }
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the runner never connected");
  }
}
