package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.LockHolderSession;
import io.tidemark.testing.PostgresServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI's lock options reach the run, and its waits are printed one line per attempt. */
class LockRetryCliTest {
  private final PostgresServer server = PostgresServer.get();
  private String url;
  private CliRunner cli;

  @BeforeAll
  static void useMergedChain() {
    System.setProperty("tidemark.fixture", "merged");
  }

  @AfterAll
  static void clearChain() {
    System.clearProperty("tidemark.fixture");
  }

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("lockcli");
    cli = new CliRunner(url);
    assertEquals(0, cli.run("upgrade", "0003").code());
  }

  @Test
  void upgrade_readerHoldsTheTableLongerThanTheBudget_printsEachWaitThenTm151() throws Exception {
    CliRunner.Result result;
    int pid;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      pid = reader.pid();
      result = cli.run("upgrade", "0004_d4d4d4", "--lock-timeout", "200ms",
          "--lock-retry-budget", "1s");
    }
    assertEquals(1, result.code(), result.out() + result.err());
    Pattern wait = Pattern.compile("  waiting for a lock on public\\.users \\(blocked by pid "
        + pid + ", idle in transaction for \\d+ (ms|s)\\); retry (\\d+) in \\d+ (ms|s)");
    String[] lines = result.out().split("\n");
    assertEquals("Running upgrade 0003_c3c3c3 -> 0004_d4d4d4, add users.age", lines[0]);
    for (int i = 1; i < lines.length - 1; i++) {
      assertTrue(wait.matcher(lines[i]).matches(), lines[i]);
      assertTrue(lines[i].contains("; retry " + i + " in "), lines[i]);
    }
    assertTrue(lines.length >= 3, result.out());
    assertEquals("  FAILED", lines[lines.length - 1]);
    assertTrue(result.err().startsWith("ERROR [TM151] Revision 0004_d4d4d4 (upgrade, add "
        + "users.age) could not get a lock in time: step 1 of 1 waited for a lock on "
        + "public.users, held by pid " + pid), result.err());
    assertTrue(result.err().contains("It tried " + (lines.length - 1) + " times, each attempt "
        + "waiting at most 200 ms"), result.err());
  }

  @Test
  void upgrade_quietOrJson_keepsWaitsOffStandardOutput() throws Exception {
    CliRunner.Result quiet;
    CliRunner.Result json;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      quiet = cli.run("upgrade", "0004_d4d4d4", "--quiet", "--lock-retry-budget", "500ms");
      json = cli.run("upgrade", "0004_d4d4d4", "--json", "--lock-retry-budget", "500ms");
    }
    assertEquals(1, quiet.code());
    assertEquals("", quiet.out());
    assertTrue(quiet.err().startsWith("ERROR [TM151] "), quiet.err());
    assertFalse(quiet.err().contains("waiting for a lock"), quiet.err());
    assertEquals(1, json.code());
    assertTrue(json.out().startsWith("{\"error\":{\"code\":\"TM151\""), json.out());
    assertFalse(json.out().contains("waiting for a lock on"), json.out());
    assertTrue(json.err().startsWith("Revision 0004_d4d4d4: waiting for a lock on public.users"
        + " (blocked by pid "), json.err());
  }

  @Test
  void upgrade_readerEndsWithinTheBudget_appliesAfterItsWaits() throws Exception {
    CliRunner.Result result;
    try (LockHolderSession reader = LockHolderSession.reading(server, url, "users")) {
      Thread release = new Thread(() -> {
        try {
          Thread.sleep(1500);
          reader.release();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      release.start();
      result = cli.run("upgrade", "0004_d4d4d4");
      release.join();
    }
    assertEquals(0, result.code(), result.err());
    String[] lines = result.out().split("\n");
    assertEquals("Running upgrade 0003_c3c3c3 -> 0004_d4d4d4, add users.age", lines[0]);
    assertTrue(lines[1].startsWith("  waiting for a lock on public.users"), result.out());
    int done = 2;
    while (lines[done].startsWith("  waiting for a lock")) {
      done++;
    }
    assertTrue(lines[done].matches("  done \\(\\d+ ms\\)"), result.out());
    assertEquals(done + 1, lines.length, result.out());
  }
}
