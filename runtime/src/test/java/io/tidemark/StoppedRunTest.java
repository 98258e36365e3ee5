package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.FailureFixtures;
import io.tidemark.fixture.Fixtures;
import io.tidemark.fixture.ServerSessions;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs of revisions with steps outside a transaction that stop part way: their progress in the
 * version table, what the next run does with it, and when it refuses. A run is stopped by
 * terminating its server session while a step waits for another session's transaction.
 */
class StoppedRunTest {
  private final PostgresServer server = PostgresServer.get();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("stopped");
  }

  private Migrator migrator(List<Migration> migrations) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(migrations).build();
  }

  private List<String> query(String sql) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.query(c, sql);
    }
  }

  private void execute(String sql) throws Exception {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private List<String> leftovers() throws Exception {
    List<String> found = new ArrayList<>(query("SELECT 'INVALID ' ||"
        + " indexrelid::regclass FROM pg_index WHERE NOT indisvalid ORDER BY 1"));
    found.addAll(query("SELECT id || ' ' || state || ' ' || completed_steps"
        + " FROM tidemark_version WHERE state <> 'applied' ORDER BY 1"));
    return found;
  }

  /**
   * Runs {@code command} while {@code blockerSql} holds a transaction open, and terminates the
   * command's session once its statement like {@code waitingLike} waits for that transaction.
   */
  private void stopWhileWaiting(Runnable command, int isolation, String blockerSql,
      String waitingLike) throws Exception {
    String database = ServerSessions.database(url);
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    Thread thread = new Thread(() -> {
      try {
        command.run();
      } catch (RuntimeException e) {
        failure.set(e);
      }
    });
    try (ServerSessions sessions = new ServerSessions(server);
        Connection blocker = server.connectUrl(url);
        Statement block = blocker.createStatement()) {
      blocker.setAutoCommit(false);
      blocker.setTransactionIsolation(isolation);
      block.execute(blockerSql);
      thread.start();
      assertTrue(ServerSessions.await(() -> !sessions.matching(database, waitingLike, true)
          .isEmpty(), thread::isAlive), "never waited: " + failure.get());
      sessions.terminate(database, waitingLike);
      thread.join();
      blocker.rollback();
    }
    assertTrue(failure.get() instanceof TidemarkException, String.valueOf(failure.get()));
  }

  @Test
  void upgrade_handWrittenStepStoppedMidway_failsWithTM136UntilTheLeftoverIsDropped()
      throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(
        new FailureFixtures.HandWrittenIndexBuild()));
    migrator.upgrade("0003");
    // A repeatable-read snapshot: the build waits for it before it can mark the index valid.
    stopWhileWaiting(() -> migrator.upgrade("head"), Connection.TRANSACTION_REPEATABLE_READ,
        "SELECT 1", "CREATE INDEX CONCURRENTLY%");
    assertEquals(List.of("INVALID audit_id_idx", "0004_8a8a8a upgrading 1"), leftovers());
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM136, error.code());
    assertEquals("0004_8a8a8a", error.revision());
    assertEquals("CREATE INDEX CONCURRENTLY audit_id_idx ON audit (id)", error.statement());
    assertEquals("42P07", error.sqlState());
    assertTrue(error.getMessage().contains("was stopped by an earlier run during step 2 of 3")
        && error.getMessage().contains("INVALID indexes, left by index builds that did not "
        + "finish: audit_id_idx") && error.getMessage().contains("it continues with step 2"),
        error.getMessage());
    execute("DROP INDEX CONCURRENTLY audit_id_idx");
    assertEquals(List.of("0004_8a8a8a"),
        migrator.upgrade("head").stream().map(run -> run.revision().id()).toList());
    assertEquals(List.of(), leftovers());
    assertEquals(List.of("audited"), query("SELECT obj_description('audit'::regclass)"));
  }

  @Test
  void downgrade_stoppedDuringIndexDrop_upgradeRefusesAndTheNextDowngradeFinishes()
      throws Exception {
    Migrator migrator = migrator(Fixtures.with(new Fixtures.ConcurrentIndex()));
    migrator.upgrade("head");
    // A reader's lock on orders: the index drop waits for its transaction to end.
    stopWhileWaiting(() -> migrator.downgrade("-1"), Connection.TRANSACTION_READ_COMMITTED,
        "SELECT count(*) FROM orders", "DROP INDEX CONCURRENTLY%");
    assertEquals(List.of("INVALID orders_total_idx", "0004_1c1c1c downgrading 0"), leftovers());
    MigrationStatus status = migrator.status();
    assertEquals(List.of("0004_1c1c1c"), status.currentHeads());
    assertEquals(List.of("0004_1c1c1c false 0"), status.stopped().stream()
        .map(run -> run.id() + " " + run.upgrade() + " " + run.completedSteps()).toList());
    assertTrue(!status.upToDate() && status.pending().isEmpty());
    TidemarkException notReady = assertThrows(TidemarkException.class,
        migrator::requireUpToDate);
    assertEquals(ErrorCode.TM122, notReady.code());
    assertTrue(notReady.getMessage().contains("Run 'downgrade' again to finish it"),
        notReady.getMessage());
    TidemarkException refused = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM135, refused.code());
    assertTrue(refused.getMessage().contains("Revision 0004_1c1c1c was stopped part way by an "
        + "earlier downgrade (0 of its steps done)") && refused.getMessage().contains(
        "Run downgrade again to finish it first"), refused.getMessage());
    assertEquals(List.of("0004_1c1c1c"),
        migrator.downgrade("-1").stream().map(run -> run.revision().id()).toList());
    assertEquals(List.of(), leftovers());
    assertEquals(List.of("0003_c3c3c3"), migrator.status().currentHeads());
    assertEquals(List.of(), query("SELECT column_name FROM information_schema.columns"
        + " WHERE table_name = 'orders' AND column_name = 'total'"));
  }

  @Test
  void upgrade_stoppedRevisionChangedSince_refusesUntilStamped() throws Exception {
    Migrator migrator = migrator(FailureFixtures.after(
        new FailureFixtures.HandWrittenIndexBuild()));
    migrator.upgrade("0003");
    // As an earlier run with other code would have left it: step 1 done, checksum different.
    execute("CREATE TABLE audit (id bigint)");
    execute("INSERT INTO tidemark_version (id, parents, message, checksum, is_head, state,"
        + " completed_steps) VALUES ('0004_8a8a8a', ARRAY['0003_c3c3c3'], 'audit', 'e4rlier',"
        + " false, 'upgrading', 1)");
    assertEquals(List.of("0003_c3c3c3"), migrator.status().currentHeads());
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM135, error.code());
    assertTrue(error.getMessage().contains("was stopped by an earlier upgrade after 1 of its "
        + "steps, and its code has changed since (checksum e4rlier in the version table"),
        error.getMessage());
    execute("DROP TABLE audit");
    Migrator.StampResult stamped = migrator.stamp("0003");
    assertEquals(List.of("0003_c3c3c3"), stamped.heads());
    assertEquals(List.of(), leftovers());
    assertEquals(1, migrator.upgrade("head").size());
  }

  @Test
  void upgrade_versionTableWithoutProgressColumns_readsItAndAddsThemOnTheFirstWrite()
      throws Exception {
    Migrator migrator = migrator(Fixtures.with(new Fixtures.ConcurrentIndex()));
    migrator.upgrade("0002");
    execute("ALTER TABLE tidemark_version DROP COLUMN state, DROP COLUMN completed_steps");
    assertEquals(List.of("0002_b2b2b2"), migrator.status().currentHeads());
    assertEquals(List.of("8"), query("SELECT count(*) FROM information_schema.columns"
        + " WHERE table_name = 'tidemark_version'"));
    assertEquals(2, migrator.upgrade("head").size());
    assertEquals(List.of("applied 4"), query("SELECT state || ' ' || count(*)"
        + " FROM tidemark_version GROUP BY state"));
    assertEquals(List.of("0004_1c1c1c"), migrator.status().currentHeads());
  }
}
