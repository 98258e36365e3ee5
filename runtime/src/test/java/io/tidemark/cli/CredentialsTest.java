package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 7: which password is used when several are given, and that messages show
 * user and host as they are, with only the password hidden.
 */
class CredentialsTest {
  private static final String NO_FILE = "/nonexistent/.pgpass";
  private static PasswordServer server;

  @TempDir
  Path dir;

  @BeforeAll
  static void setUp() {
    PasswordServer.useChainAndPasswordFile(NO_FILE);
    server = PasswordServer.get();
    server.role("prec", "ri:gh\\t");
  }

  @AfterEach
  void noPasswordFile() {
    PasswordServer.useChainAndPasswordFile(NO_FILE);
  }

  @AfterAll
  static void tearDown() {
    PasswordServer.clearChainAndPasswordFile();
  }

  private String local() {
    return "localhost:" + server.port();
  }

  /** {@code current} as user prec; null arguments are not given. */
  private CliRunner.Result current(String urlPassword, String option, String environment,
      String passwordFile) throws Exception {
    if (passwordFile != null) {
      // libpq's format: host:port:database:user:password, '*' matches anything, and a
      // backslash escapes ':' and itself in a field.
      Path file = Files.writeString(dir.resolve("pgpass"), "*:*:other:*:nothing\nlocalhost:"
          + server.port() + ":shop:prec:" + passwordFile.replace("\\", "\\\\")
          .replace(":", "\\:") + "\n");
      PasswordServer.useChainAndPasswordFile(file.toString());
    }
    List<String> args = new ArrayList<>(List.of("current", "--url", "postgresql://prec"
        + (urlPassword == null ? "" : ":" + urlPassword.replace("\\", "%5C")) + "@" + local()
        + "/shop"));
    if (option != null) {
      args.addAll(List.of("--password", option));
    }
    Map<String, String> environmentMap = new HashMap<>();
    if (environment != null) {
      environmentMap.put("PGPASSWORD", environment);
    }
    return CliRunner.raw(environmentMap, args.toArray(String[]::new));
  }

  private static void loggedIn(CliRunner.Result result) {
    assertEquals(0, result.code(), result.err());
    assertEquals("base (no revision applied)\n", result.out());
  }

  private void rejected(CliRunner.Result result, String source) {
    assertEquals(1, result.code(), result.err());
    assertTrue(result.err().startsWith("ERROR [TM142] The server at postgresql://prec"),
        result.err());
    assertTrue(result.err().contains(" rejected the login of user 'prec' with the password "
        + "from " + source + ": FATAL: password authentication failed for user \"prec\"."),
        result.err());
  }

  @Test
  void password_inTheUrlAndInPgpassword_theUrlWins() throws Exception {
    loggedIn(current("ri%3Agh\\t", null, "wrong", null));
    rejected(current("wrong", null, "ri:gh\\t", null), "the URL");
  }

  @Test
  void password_givenSeveralWays_theFirstOfOptionUrlPgpasswordPasswordFileWins()
      throws Exception {
    String right = "ri:gh\\t";
    loggedIn(current("wrong", right, "wrong", "wrong"));
    rejected(current("ri%3Agh\\t", "wrong", right, right), "--password");
    loggedIn(current("ri%3Agh\\t", null, "wrong", "wrong"));
    loggedIn(current(null, null, right, "wrong"));
    rejected(current(null, null, "wrong", right), "PGPASSWORD");
    loggedIn(current(null, null, null, right));
    rejected(current(null, null, null, "wrong"), "the password file");
  }

  @Test
  void userNamedLikeThePassword_isShownAsItIs() {
    server.role("ops", "not-ops");
    CliRunner.Result result = CliRunner.raw(Map.of(), "current", "--url",
        "postgresql://ops:ops@" + local() + "/shop");
    assertEquals(1, result.code(), result.err());
    assertTrue(result.err().contains("failed for user \"ops\""), result.err());
    assertEquals("ERROR [TM142] The server at postgresql://ops:***@" + local() + "/shop "
        + "rejected the login of user 'ops' with the password from the URL: FATAL: password "
        + "authentication failed for user \"ops\". Check the user name (--user or the URL) and "
        + "the password, given with --password, in the URL (postgresql://user:PASSWORD@host/db,"
        + " percent-encoded), in PGPASSWORD, or in the password file (PGPASSFILE or ~/.pgpass),"
        + " the first of these that is set.\n    SQLState: 28P01\n", result.err());
  }

  @Test
  void invalidUrl_passwordWithSlashOrAtOrMisspeltScheme_showsUserAndHostButNotThePassword() {
    Map<String, String> cases = Map.of(
        "postgresql://app:s3/cr3t@db.example:5432/shop",
        "'postgresql://app:***@db.example:5432/shop' is not a valid PostgreSQL URL: it has an "
            + "'@' after the host.",
        "postgresql://app:s3@cr3t@db.example:543x/shop",
        "'postgresql://app:***@db.example:543x/shop' is not a valid PostgreSQL URL: the port "
            + "after host 'db.example' is not a number from 1 to 65535.",
        "postgressql://app:s3@cr/3t@db.example:5432/shop",
        "'postgressql://app:***@db.example:5432/shop' is not a PostgreSQL URL.");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      CliRunner.Result result = CliRunner.raw(Map.of(), "current", "--url", c.getKey());
      assertEquals(2, result.code(), result.err());
      assertTrue(result.err().startsWith("ERROR [TM140] " + c.getValue()), result.err());
      assertEquals(1, result.err().lines().count(), result.err());
      assertFalse(result.err().contains("s3") || result.err().contains("cr3t"), result.err());
    }
  }
}
