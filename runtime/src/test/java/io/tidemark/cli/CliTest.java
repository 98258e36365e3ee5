package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final String SECRET = "s3cr3t-Pa55";
  private final PostgresServer server = PostgresServer.get();
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
    cli = new CliRunner(server.createDatabase("cli"));
  }

  private int port() {
    String base = server.baseUrl();
    return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1, base.lastIndexOf('/')));
  }

  @Test
  void upgrade_heads_printsAlembicStyleLinesAndCurrentShowsTheHead() {
    CliRunner.Result result = cli.run("upgrade", "heads");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("Running upgrade base -> 0001_a1a1a1, create users ("),
        result.out());
    assertTrue(result.out().contains(
        "Running upgrade 0004_d4d4d4, 0005_d4e5f6 -> 0006_f6f6f6, merge age and tags ("),
        result.out());
    assertTrue(result.out().contains("Applied 6 revisions in "), result.out());
    assertEquals("0006_f6f6f6 (head), merge age and tags\n",
        cli.run("current").out());
    assertTrue(cli.run("current", "--verbose").out().contains("Parent: 0004_d4d4d4, 0005_d4e5f6"));
    assertEquals("Nothing to upgrade.\n", cli.run("upgrade", "head").out());
    assertEquals(0, cli.run("check").code());
  }

  @Test
  void upgrade_revisionsSentTogether_sayItWithTheServerTime() {
    CliRunner.Result result = cli.run("upgrade", "0002");
    assertEquals(0, result.code(), result.err());
    List<String> lines = result.out().lines().filter(l -> l.startsWith("Running")).toList();
    assertEquals(2, lines.size(), result.out());
    for (String line : lines) {
      assertTrue(line.matches(".* \\(sent together, \\d+ ms on the server\\)"), line);
    }
    cli.run("downgrade", "base");
    CliRunner.Result json = cli.run("upgrade", "0002", "--json");
    assertTrue(json.out().contains("\"sent_together\":true"), json.out());
  }

  @Test
  void check_pendingRevisions_exitsThree() {
    cli.run("upgrade", "0002");
    CliRunner.Result result = cli.run("check");
    assertEquals(3, result.code());
    assertTrue(result.out().startsWith("4 revision(s) pending: 0003_c3c3c3, 0004_d4d4d4"),
        result.out());
    CliRunner.Result json = cli.run("check", "--json");
    assertTrue(json.out().startsWith("{\"upToDate\":false,\"current\":[\"0002_b2b2b2\"],"),
        json.out());
  }

  @Test
  void downgrade_relativeAndBase_printLinesAndJson() {
    cli.run("upgrade", "heads");
    CliRunner.Result one = cli.run("downgrade", "-1");
    assertTrue(one.out().startsWith(
        "Running downgrade 0006_f6f6f6 -> 0004_d4d4d4, 0005_d4e5f6, merge age and tags ("),
        one.out());
    CliRunner.Result json = cli.run("downgrade", "base", "--json");
    assertEquals(0, json.code());
    assertTrue(json.out().startsWith("{\"command\":\"downgrade\",\"revisions\":[{\"id\":"
        + "\"0005_d4e5f6\""), json.out());
    assertEquals("base (no revision applied)\n", cli.run("current").out());
  }

  @Test
  void help_onEverySubcommand_printsItsUsageAndExitsZero() {
    CliRunner.Result upgrade = CliRunner.raw(Map.of(), "upgrade", "--help");
    assertEquals(0, upgrade.code(), upgrade.err());
    assertTrue(upgrade.out().startsWith("Usage: tidemark upgrade [-hqv]"), upgrade.out());
    assertTrue(upgrade.out().contains("[TARGET]               Where to go (default: head)."),
        upgrade.out());
    assertTrue(upgrade.out().contains("--lock-timeout=DURATION\n"
        + "                             lock_timeout of each attempt at a revision's"),
        upgrade.out());
    assertTrue(upgrade.out().contains("--lock-retry-budget=DURATION\n"), upgrade.out());
    CliRunner.Result revision = CliRunner.raw(Map.of(), "revision", "-h");
    assertEquals(0, revision.code(), revision.err());
    assertTrue(revision.out().contains("-m, --message=<message>"), revision.out());
    CliRunner.Result root = CliRunner.raw(Map.of(), "--help");
    assertTrue(root.out().contains("Exit codes:\n  0   success"), root.out());
    CliRunner.Result missing = CliRunner.raw(Map.of(), "downgrade");
    assertEquals(2, missing.code());
    assertEquals("ERROR Missing required parameter: 'TARGET'. See 'tidemark downgrade "
        + "--help'.\n", missing.err());
  }

  @Test
  void ambiguousPrefix_isAnErrorListingCandidates() {
    CliRunner.Result result = cli.run("upgrade", "d4");
    assertEquals(1, result.code());
    assertTrue(result.err().startsWith("ERROR [TM111] Revision prefix 'd4' is ambiguous; it "
        + "matches 0004_d4d4d4, 0005_d4e5f6."), result.err());
  }

  @Test
  void chainCommands_historyHeadsBranchesShow() {
    String history = cli.run("history").out();
    assertTrue(history.startsWith(
        "0004_d4d4d4, 0005_d4e5f6 -> 0006_f6f6f6 (head) (mergepoint), merge age and tags\n"),
        history);
    assertTrue(history.contains("0002_b2b2b2 -> 0003_c3c3c3 (branchpoint), create orders\n"));
    assertTrue(history.endsWith("<base> -> 0001_a1a1a1, create users\n"));
    assertEquals("0001_a1a1a1 -> 0002_b2b2b2, add users.email\n"
        + "<base> -> 0001_a1a1a1, create users\n", cli.run("history", "-r", ":0002").out());
    assertEquals("0004_d4d4d4, 0005_d4e5f6 -> 0006_f6f6f6 (head) (mergepoint), merge age and "
        + "tags\n", cli.run("heads").out());
    assertEquals("0003_c3c3c3 (branchpoint), create orders\n"
        + "  -> 0004_d4d4d4, add users.age\n  -> 0005_d4e5f6, create tags\n",
        cli.run("branches").out());
    String show = cli.run("show", "0002").out();
    assertTrue(show.contains("Upgrade:\n  ALTER TABLE users ADD COLUMN email text;"), show);
    assertTrue(show.contains("Downgrade:\n  DROP INDEX"), show);
  }

  @Test
  void stamp_thenUpgrade_runsOnlyWhatIsMissing() {
    cli.run("upgrade", "0003");
    assertEquals("Stamped base: 0 added, 3 removed, 0 changed revision(s) accepted.\n",
        cli.run("stamp", "base").out());
    assertEquals("Stamped 0003_c3c3c3: 3 added, 0 removed, 0 changed revision(s) accepted.\n",
        cli.run("stamp", "0003").out());
    String out = cli.run("upgrade", "heads").out();
    assertFalse(out.contains("create users"), out);
    assertTrue(out.contains("-> 0006_f6f6f6"), out);
  }

  @Test
  void revision_writesEmptyClassOnCurrentHead(@TempDir Path dir) throws Exception {
    CliRunner.Result result = cli.run("revision", "-m", "backfill emails", "--dir",
        dir.toString(), "--package", "com.acme.db");
    assertEquals(0, result.code(), result.err());
    Path file;
    try (var files = Files.list(dir.resolve("com/acme/db"))) {
      file = files.findFirst().orElseThrow();
    }
    String name = file.getFileName().toString();
    assertTrue(name.matches("Rev0007_[0-9a-f]{6}_BackfillEmails\\.java"), name);
    String id = name.substring(3, 14);
    assertEquals("package com.acme.db;\n\nimport io.tidemark.Migration;\n"
        + "import io.tidemark.Operations;\nimport io.tidemark.Revision;\n\n"
        + "@Revision(id = \"" + id + "\", parent = \"0006_f6f6f6\", message = \"backfill emails\")\n"
        + "public final class Rev" + id + "_BackfillEmails implements Migration {\n"
        + "  @Override\n  public void upgrade(Operations op) {}\n\n"
        + "  @Override\n  public void downgrade(Operations op) {}\n}\n", Files.readString(file));
    CliRunner.Result second = cli.run("revision", "-m", "second", "--dir", dir.toString(),
        "--package", "com.acme.db");
    assertTrue(second.out().contains("Rev0008_"), second.out());
    String secondSource;
    try (var files = Files.list(dir.resolve("com/acme/db"))) {
      secondSource = Files.readString(files.filter(f -> f.toString().contains("Rev0008_"))
          .findFirst().orElseThrow());
    }
    assertTrue(secondSource.contains("parent = \"" + id + "\""), secondSource);
  }

  @Test
  void badUrl_isOneLineUsageErrorWithoutPassword() {
    CliRunner.Result result = CliRunner.raw(Map.of(), "current", "--url",
        "mysql://root:" + SECRET + "@localhost/db");
    assertEquals(2, result.code());
    assertEquals("ERROR [TM140] 'mysql://root:***@localhost/db' is not a PostgreSQL URL. "
        + "Use jdbc:postgresql://host:5432/db or postgresql://user@host:5432/db.\n",
        result.err());
  }

  @Test
  void unreachableServer_retriesThenFailsWithoutPassword() {
    CliRunner.Result result = CliRunner.raw(Map.of("DATABASE_URL",
        "postgres://app:" + SECRET + "@127.0.0.1:1/db"), "current", "--connect-retries", "1",
        "--connect-retry-delay", "10");
    assertEquals(1, result.code());
    assertTrue(result.err().startsWith("ERROR [TM141] Cannot reach the database server at "
        + "postgres://app:***@127.0.0.1:1/db (2 attempts)"), result.err());
    assertFalse(result.err().contains(SECRET), result.err());
  }

  @Test
  void unknownUser_isCredentialsErrorWithoutPassword() {
    CliRunner.Result result = CliRunner.raw(Map.of(), "current", "--verbose", "--url",
        "postgresql://nobody:" + SECRET + "@localhost:" + port() + "/postgres");
    assertEquals(1, result.code());
    assertTrue(result.err().startsWith("ERROR [TM142] The server at "
        + "postgresql://nobody:***@localhost:" + port() + "/postgres refused user 'nobody': "
        + "FATAL: role \"nobody\" does not exist."), result.err());
    assertFalse(result.err().contains(SECRET), result.err());
  }

  @Test
  void missingDatabase_saysSoWithoutPassword() {
    CliRunner.Result result = CliRunner.raw(Map.of(), "upgrade", "head", "--url",
        "jdbc:postgresql://localhost:" + port() + "/no_such_db?password=" + SECRET,
        "--user", server.user());
    assertEquals(1, result.code());
    assertTrue(result.err().startsWith("ERROR [TM143] The database in jdbc:postgresql://"
        + "localhost:" + port() + "/no_such_db?password=*** does not exist"), result.err());
    assertFalse(result.err().contains(SECRET), result.err());
  }

  @Test
  void revisionPackage_selectsTheRegistryOfThatPackageOrNamesThoseFound() {
    CliRunner.Result upgrade = cli.run("upgrade", "heads", "--revision-package",
        "io.tidemark.fixture");
    assertEquals(0, upgrade.code(), upgrade.err());
    assertTrue(upgrade.out().contains("Applied 6 revisions in "), upgrade.out());
    CliRunner.Result missing = cli.run("history", "--revision-package", "com.example.db");
    assertEquals(1, missing.code());
    assertEquals("ERROR [TM108] No revision registry in package 'com.example.db' is on the "
        + "class path (registries found in: io.tidemark.fixture). Name the package of the "
        + "revision classes, as given to the processor with -Atidemark.package, and make sure "
        + "its compiled classes are on the class path.\n", missing.err());
  }

  @Test
  void commandLine_buildsOnlyNamedCommands_yetHelpAndErrorsSeeThemAll() {
    CliRunner.Result root = CliRunner.raw(Map.of(), "--help");
    for (String command : CliModel.COMMANDS) {
      assertTrue(root.out().contains("\n  " + command + " "), command + " in " + root.out());
    }
    CliRunner.Result misspelt = CliRunner.raw(Map.of(), "upgrde", "head");
    assertEquals(2, misspelt.code());
    assertTrue(misspelt.err().contains("Did you mean: tidemark upgrade"), misspelt.err());
    // A command name inside an option's value is no command: only upgrade is built.
    CliRunner.Result offline = CliRunner.raw(Map.of(), "--version-table=history", "upgrade",
        "head", "--sql");
    assertEquals(0, offline.code(), offline.err());
    assertTrue(offline.out().contains("CREATE TABLE IF NOT EXISTS public.history ("),
        offline.out());
  }

  @Test
  void revision_withoutMessageOrUnmodelled_isUsageErrorWithExitTwo(@TempDir Path dir) {
    CliRunner.Result result = CliRunner.raw(Map.of(), "revision", "--package", "com.example.db",
        "--dir", dir.toString());
    assertEquals(2, result.code(), result.err());
    assertTrue(result.err().startsWith("ERROR Missing required option: '--message=<message>'."),
        result.err());
  }

  @Test
  void unknownOption_isUsageErrorWithExitTwo() {
    assertEquals(2, CliRunner.raw(Map.of(), "upgrade", "--no-such-option").code());
  }
}
