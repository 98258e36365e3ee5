package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code current}, {@code check} and {@code upgrade} on a version table edited by hand. */
class InconsistentTableCliTest {
  private final PostgresServer server = PostgresServer.get();

  @BeforeAll
  static void useMergedChain() {
    System.setProperty("tidemark.fixture", "merged");
  }

  @AfterAll
  static void clearChain() {
    System.clearProperty("tidemark.fixture");
  }

  @Test
  void current_headFlagsCleared_showsTheHeadReportsTm125AndExitsThreeUntilStamped()
      throws Exception {
    String url = server.createDatabase("cli_flags");
    CliRunner cli = new CliRunner(url);
    assertEquals(0, cli.run("upgrade", "heads").code());
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute("UPDATE tidemark_version SET is_head = false");
    }

    CliRunner.Result current = cli.run("current");
    assertEquals(3, current.code());
    assertEquals("0006_f6f6f6 (head), merge age and tags\n", current.out());
    assertTrue(current.err().startsWith("ERROR [TM125] The version table's head flags (is_head)"
        + " disagree with the revisions it records: they mark none, but the recorded revisions "
        + "end at 0006_f6f6f6."), current.err());
    CliRunner.Result check = cli.run("check");
    assertEquals(3, check.code());
    assertTrue(check.out().startsWith("[TM125] The version table's head flags"), check.out());
    assertTrue(cli.run("check", "--json").out().contains(
        ",\"problems\":[{\"code\":\"TM125\",\"revision\":\"0006_f6f6f6\",\"message\":"));
    CliRunner.Result upgrade = cli.run("upgrade", "heads");
    assertEquals(1, upgrade.code());
    assertTrue(upgrade.err().contains("Run 'tidemark stamp 0006_f6f6f6' to rewrite the flags;"
        + " it runs no migration. Nothing was run."), upgrade.err());

    assertEquals(0, cli.run("stamp", "0006_f6f6f6").code());
    CliRunner.Result fixed = cli.run("current");
    assertEquals(0, fixed.code(), fixed.err());
    assertEquals("", fixed.err());
    assertEquals(0, cli.run("check").code());
  }
}
