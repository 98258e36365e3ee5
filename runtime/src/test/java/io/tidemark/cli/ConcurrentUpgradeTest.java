package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.DeployChain;
import io.tidemark.testing.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight separate JVMs run {@code upgrade head} on one empty database at once, on a chain with
 * concurrent index builds and a slow revision, five times: the deploy of a service with eight
 * replicas that each migrate at start-up.
 */
class ConcurrentUpgradeTest {
  private static final int PROCESSES = 8;
  private static final int ROUNDS = 5;

  private final PostgresServer server = PostgresServer.get();

  @Test
  void upgradeHead_eightProcessesAtOnceWithConcurrentIndexes_applyEachRevisionOnceAndAllExitZero()
      throws Exception {
    List<String> catalog;
    List<String> rows;
    String sequential = server.createDatabase("sequential");
    Migrator.builder().url(sequential).user(server.user()).password(server.password())
        .migrations(DeployChain.revisions()).build().upgrade("head");
    try (Connection c = server.connectUrl(sequential)) {
      catalog = Catalog.describe(c);
      rows = Catalog.versionRows(c);
    }
    assertEquals(DeployChain.SIZE, rows.size());
    int waits = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      String url = server.createDatabase("concurrent");
      List<Process> processes = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        processes.add(CliProcess.start("deploy", url, "upgrade", "head"));
      }
      int runs = 0;
      StringBuilder all = new StringBuilder();
      for (Process process : processes) {
        String output = new String(process.getInputStream().readAllBytes(),
            StandardCharsets.UTF_8);
        all.append(output).append("\n----\n");
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(0, process.exitValue(), "round " + round + ":\n" + output);
        runs += (int) output.lines().filter(line -> line.contains("Running upgrade")).count();
        waits += (int) output.lines()
            .filter(line -> line.startsWith("Waiting for the migration lock, held by pid "))
            .count();
      }
      assertEquals(DeployChain.SIZE, runs, "round " + round + ":\n" + all);
      try (Connection c = server.connectUrl(url)) {
        assertEquals(rows, Catalog.versionRows(c), "round " + round);
        assertEquals(List.of(), Catalog.query(c, "SELECT indexrelid::regclass::text"
            + " FROM pg_index WHERE NOT indisvalid OR NOT indisready"), "round " + round);
        assertEquals(catalog, Catalog.describe(c), "round " + round);
      }
    }
    assertTrue(waits > 0, "no runner ever waited for another: nothing ran concurrently");
  }
}
