package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.testing.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Eight separate JVMs run {@code upgrade head} on one database at once. */
class ConcurrentUpgradeTest {
  private static final int PROCESSES = 8;

  @Test
  void upgradeHead_eightProcessesAtOnce_applyEachRevisionOnceAndAllExitZero() throws Exception {
    PostgresServer server = PostgresServer.get();
    String url = server.createDatabase("concurrent");
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      processes.add(CliProcess.start("merged", url, "upgrade", "head"));
    }
    int totalRuns = 0;
    for (Process process : processes) {
      String output = new String(process.getInputStream().readAllBytes(),
          StandardCharsets.UTF_8);
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
      assertEquals(0, process.exitValue(), output);
      totalRuns += (int) output.lines().filter(line -> line.startsWith("Running upgrade")).count();
    }
    assertEquals(6, totalRuns);
    try (Connection c = server.connectUrl(url)) {
      List<String> rows = Catalog.versionRows(c);
      assertEquals(6, rows.size());
      assertEquals(List.of("0006_f6f6f6"),
          Catalog.query(c, "SELECT id FROM tidemark_version WHERE is_head"));
      assertEquals(List.of("orders", "tags", "tidemark_version", "users"), Catalog.tables(c));
    }
  }
}
