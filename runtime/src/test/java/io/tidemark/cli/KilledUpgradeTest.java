package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.DeployChain;
import io.tidemark.fixture.ServerSessions;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kills a separate JVM running {@code upgrade head} on the {@link DeployChain} with SIGKILL
 * at random moments; one more run always brings the database to head, equal to a clean run.
 * Half of the trials kill at a random time; the other half while one of the concurrent index
 * builds waits for a long-running reader's snapshot (a reporting query, say), so that the kill
 * lands inside the build. In half of the trials the killed run's server session is terminated
 * too, as when the connection drops, which leaves such a build INVALID; in the others it
 * finishes the statement it was running, holding the migration lock meanwhile. Half of the
 * trials run again at once, the others once the killed run's session is gone, and report what
 * it left. The seed is printed; {@code -Dtidemark.crash.seed=N} repeats a run.
 */
class KilledUpgradeTest {
  private static final int TRIALS = 20;
  private static final String CHAIN = "deploy";
  private static final String BUILD = "CREATE%INDEX CONCURRENTLY%";
  private static final long TIMEOUT_MS = 60_000;

  private final PostgresServer server = PostgresServer.get();

  @BeforeAll
  static void useDeployChain() {
    System.setProperty("tidemark.fixture", CHAIN);
  }

  @AfterAll
  static void clearChain() {
    System.clearProperty("tidemark.fixture");
  }

  /** What a database looks like after a run: its catalog, version rows and leftovers. */
  private record State(List<String> catalog, List<String> rows, List<String> leftovers) {}

  @Test
  void upgradeHead_killedAtRandomMoments_nextRunMatchesACleanRun() throws Exception {
    long seed = Long.getLong("tidemark.crash.seed", System.nanoTime());
    System.out.println("KilledUpgradeTest seed " + seed);
    Random random = new Random(seed);
    int stoppedPartWay = 0;
    int invalidIndexes = 0;
    try (ServerSessions sessions = new ServerSessions(server)) {
      String cleanUrl = server.createDatabase("clean");
      Process clean = CliProcess.start(CHAIN, cleanUrl, "upgrade", "head");
      ServerSessions.await(() -> !sessions.matching(ServerSessions.database(cleanUrl), "%",
          false).isEmpty(), clean::isAlive);
      long begin = System.nanoTime();
      String cleanOutput = new String(clean.getInputStream().readAllBytes());
      assertTrue(clean.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS), cleanOutput);
      assertEquals(0, clean.exitValue(), cleanOutput);
      long runMillis = (System.nanoTime() - begin) / 1_000_000;
      State expected = state(cleanUrl);
      assertEquals(List.of(), expected.leftovers());
      assertEquals(DeployChain.SIZE, expected.rows().size());
      for (int trial = 1; trial <= TRIALS; trial++) {
        String url = server.createDatabase("killed");
        String database = ServerSessions.database(url);
        boolean duringBuild = random.nextBoolean();
        boolean dropConnection = random.nextBoolean();
        boolean rerunAtOnce = random.nextBoolean();
        int build = random.nextInt(DeployChain.CONCURRENT_INDEXES.size());
        long delay = duringBuild ? random.nextInt(30) : random.nextLong(runMillis);
        boolean reached;
        try (Connection reader = server.connectUrl(url);
            Statement read = reader.createStatement()) {
          reader.setAutoCommit(false);
          reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
          if (duringBuild) {
            read.execute("SELECT 1");
          }
          Process run = CliProcess.start(CHAIN, url, "upgrade", "head");
          reached = duringBuild ? awaitBuild(sessions, database, build, reader, run)
              : ServerSessions.await(() -> !sessions.matching(database, "%", false).isEmpty(),
                  run::isAlive);
          Thread.sleep(delay);
          run.destroyForcibly();
          if (dropConnection) {
            sessions.terminate(database, "%");
          }
          assertTrue(run.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS));
          reader.rollback();
        }
        String trialText = "seed " + seed + ", trial " + trial + ": killed " + delay + " ms after "
            + (duringBuild ? "concurrent index build " + (build + 1) + " began to wait"
                : "connecting") + (reached ? "" : " (not reached: the run ended first)")
            + (dropConnection ? ", its session terminated" : ", its session left to finish");
        if (rerunAtOnce) {
          // Left alone, the killed run's session finishes the statement it was running and
          // holds the migration lock until then: the next run waits for it.
          trialText += "; run again at once";
        } else {
          sessions.awaitNone(database);
          List<String> left = state(url).leftovers();
          trialText += "; left " + left;
          boolean partWay = left.stream().anyMatch(s -> s.startsWith("row"));
          // The progress row is written before the build starts, so a kill inside it leaves one.
          assertTrue(partWay || !duringBuild || !reached, trialText);
          stoppedPartWay += partWay ? 1 : 0;
          invalidIndexes += left.stream().anyMatch(s -> s.startsWith("INVALID")) ? 1 : 0;
        }
        System.out.println(trialText);
        CliRunner.Result rerun = new CliRunner(url).run("upgrade", "head");
        assertEquals(0, rerun.code(), trialText + "\n" + rerun.out() + rerun.err());
        assertEquals(expected, state(url), trialText + "\n" + rerun.out());
      }
    }
    System.out.println("KilledUpgradeTest: of the trials that looked before running again, "
        + stoppedPartWay + " found a revision stopped part way, " + invalidIndexes
        + " an INVALID index");
  }

  /**
   * Waits until concurrent index build {@code build} (from 0) waits for the reader's snapshot;
   * each earlier build is let go by starting the reader's transaction again. False when the
   * run ended first.
   */
  private static boolean awaitBuild(ServerSessions sessions, String database, int build,
      Connection reader, Process run) throws Exception {
    Set<String> waited = new HashSet<>();
    return ServerSessions.await(() -> {
      List<String> waiting = sessions.matching(database, BUILD, true);
      if (waiting.isEmpty() || waited.containsAll(waiting)) {
        return false;
      }
      waited.addAll(waiting);
      if (waited.size() > build) {
        return true;
      }
      reader.rollback();
      try (Statement read = reader.createStatement()) {
        read.execute("SELECT 1");
      }
      return false;
    }, run::isAlive);
  }

  @Test
  void upgradeHead_killedWhileAnIndexBuildWaits_nextRunRebuildsTheInvalidIndex()
      throws Exception {
    String url = server.createDatabase("killed_build");
    String database = ServerSessions.database(url);
    CliRunner cli = new CliRunner(url);
    assertEquals(0, cli.run("upgrade", "0006_d00006").code());
    try (ServerSessions sessions = new ServerSessions(server)) {
      try (Connection writer = server.connectUrl(url);
          Statement lock = writer.createStatement()) {
        // A writer's lock on orders: the index build waits for its transaction to end, with
        // its INVALID index already in the catalog.
        writer.setAutoCommit(false);
        lock.execute("LOCK TABLE orders IN ROW EXCLUSIVE MODE");
        Process run = CliProcess.start(CHAIN, url, "upgrade", "head");
        assertTrue(ServerSessions.await(() -> !sessions.matching(database, BUILD, true)
            .isEmpty(), run::isAlive));
        run.destroyForcibly();
        sessions.terminate(database, BUILD);
        assertTrue(run.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS));
        writer.rollback();
      }
      sessions.awaitNone(database);
    }
    assertEquals(List.of("INVALID index orders_customer_id_idx",
        "row 0007_d00007 upgrading after step 0"), state(url).leftovers());
    assertEquals("0006_d00006, seed data\n0007_d00007 stopped part way: its upgrade did 0 "
        + "step(s); run 'upgrade' to continue it\n", cli.run("current").out());
    assertEquals(StatusCommands.CHECK_FAILED, cli.run("check").code());
    CliRunner.Result rerun = cli.run("upgrade", "head");
    assertEquals(0, rerun.code(), rerun.out() + rerun.err());
    assertTrue(rerun.out().contains("Running upgrade 0006_d00006 -> 0007_d00007, index "
        + "orders.customer_id, continuing after step 0 of 1 ("), rerun.out());
    State after = state(url);
    assertEquals(List.of(), after.leftovers());
    assertEquals(DeployChain.SIZE, after.rows().size());
    assertTrue(after.catalog().contains("index CREATE INDEX orders_customer_id_idx ON "
        + "public.orders USING btree (customer_id)"), after.catalog().toString());
  }

  private State state(String url) throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      List<String> leftovers = new ArrayList<>(Catalog.query(c, "SELECT 'INVALID index ' ||"
          + " indexrelid::regclass FROM pg_index WHERE NOT indisvalid ORDER BY 1"));
      if (!Catalog.tables(c).contains("tidemark_version")) {
        return new State(Catalog.describe(c), List.of(), leftovers);
      }
      leftovers.addAll(Catalog.query(c, "SELECT 'row ' || id || ' ' || state || ' after step '"
          + " || completed_steps FROM tidemark_version WHERE state <> 'applied' ORDER BY 1"));
      return new State(Catalog.describe(c), Catalog.versionRows(c), leftovers);
    }
  }
}
