package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.Migrator;
import io.tidemark.TidemarkException;
import io.tidemark.fixture.Fixtures;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, defect 8: a rejected login and a bad connection setting are reported at once with
 * their own codes, not retried as an unreachable server; a bad command line exits 2 with one
 * line that names the option; an offline range that runs backwards is an error.
 */
class ErrorClassesTest {
  private static final long RETRY_DELAY_MS = 5_000;
  private static PasswordServer server;

  @BeforeAll
  static void setUp() {
    PasswordServer.useChainAndPasswordFile("/nonexistent/.pgpass");
    server = PasswordServer.get();
    server.role("app", "secret");
  }

  @AfterAll
  static void tearDown() {
    PasswordServer.clearChainAndPasswordFile();
  }

  private String url(String rest) {
    return "postgresql://app@localhost:" + server.port() + "/shop" + rest;
  }

  /** The CLI's {@code current}, with retries that would take seconds if they happened. */
  private static CliRunner.Result current(String url) {
    return CliRunner.raw(Map.of(), "current", "--url", url, "--connect-retries", "3",
        "--connect-retry-delay", String.valueOf(RETRY_DELAY_MS));
  }

  private static TidemarkException library(String url) {
    return assertThrows(TidemarkException.class, () -> Migrator.builder().url(url)
        .connectRetries(3, Duration.ofMillis(RETRY_DELAY_MS)).migrations(Fixtures.merged())
        .build().status());
  }

  private static long since(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void missingPassword_isTm142AtOnceWithoutRetries() {
    long start = System.nanoTime();
    CliRunner.Result result = current(url(""));
    assertTrue(since(start) < RETRY_DELAY_MS, since(start) + " ms");
    assertEquals(1, result.code());
    assertTrue(result.err().startsWith("ERROR [TM142] The server at " + url("") + " asks user "
        + "'app' for a password and none was given. Give it with --password, in the URL "
        + "(postgresql://user:PASSWORD@host/db, percent-encoded), in PGPASSWORD, or in the "
        + "password file (PGPASSFILE or ~/.pgpass), the first of these that is set."),
        result.err());
    start = System.nanoTime();
    assertEquals(ErrorCode.TM142, library(url("")).code());
    assertTrue(since(start) < RETRY_DELAY_MS, since(start) + " ms");
  }

  @Test
  void badSslmode_isUsageErrorTm140AtOnceListingTheValues() {
    long start = System.nanoTime();
    CliRunner.Result result = current(url("?sslmode=bogus"));
    assertTrue(since(start) < RETRY_DELAY_MS, since(start) + " ms");
    assertEquals(2, result.code());
    assertTrue(result.err().startsWith("ERROR [TM140] The connection settings of "
        + url("?sslmode=bogus") + " are not valid: Invalid sslmode value: bogus. sslmode takes "
        + "one of: disable, allow, prefer, require, verify-ca, verify-full. Fix the parameter "
        + "in the URL."), result.err());
    start = System.nanoTime();
    assertEquals(ErrorCode.TM140, library(url("?sslmode=bogus")).code());
    assertTrue(since(start) < RETRY_DELAY_MS, since(start) + " ms");
  }

  @Test
  void refusedPort_isRetriedThenTm141() {
    CliRunner.Result result = CliRunner.raw(Map.of(), "current", "--url",
        "postgresql://app:secret@localhost:1/shop", "--connect-retries", "2",
        "--connect-retry-delay", "1");
    assertEquals(1, result.code());
    assertTrue(result.err().startsWith("ERROR [TM141] Cannot reach the database server at "
        + "postgresql://app:***@localhost:1/shop (3 attempts): Connection to localhost:1 "
        + "refused."), result.err());
  }

  @Test
  void negativeOrMalformedDurationsAndCounts_exitTwoWithOneLineNamingTheOption() {
    Map<String[], String> cases = Map.of(
        new String[] {"upgrade", "head", "--lock-timeout", "-5"},
        "ERROR Invalid value for option '--lock-timeout': '-5' is negative: give 0 or a "
            + "positive duration, for example --lock-timeout 200ms. See 'tidemark upgrade --help'.",
        new String[] {"current", "--statement-timeout=10 parsecs"},
        "ERROR Invalid value for option '--statement-timeout': '10 parsecs' is not a duration: "
            + "write a number with ms, s, m or h (a plain number counts milliseconds), for "
            + "example --statement-timeout 30m. See 'tidemark current --help'.",
        new String[] {"current", "--connect-retries", "-1"},
        "ERROR Invalid value for option '--connect-retries': '-1' is negative: give 0 or more, "
            + "for example --connect-retries 5. See 'tidemark current --help'.");
    for (Map.Entry<String[], String> c : cases.entrySet()) {
      CliRunner.Result result = CliRunner.raw(Map.of(), c.getKey());
      assertEquals(2, result.code(), result.err());
      assertEquals(c.getValue() + "\n", result.err());
      assertEquals("", result.out());
    }
  }

  @Test
  void durations_withUnits_reachTheScript() {
    CliRunner.Result result = CliRunner.raw(Map.of(), "upgrade", "0001", "--sql",
        "--lock-timeout", "2m", "--lock-retry-budget", "1h", "--statement-timeout", "1h");
    assertEquals(0, result.code(), result.err());
    assertTrue(result.out().contains("SET lock_timeout = '3600000ms';"), result.out());
    assertTrue(result.out().contains(":tidemark_begin\nSET LOCAL lock_timeout = '120000ms';\n"),
        result.out());
    assertTrue(result.out().contains("SET statement_timeout = '3600000ms';"), result.out());
  }

  @Test
  void unknownOption_isOneLineNamingItWithoutItsValue() {
    for (String[] args : new String[][] {{"current", "--pasword=s3cret"},
        {"current", "--pasword", "s3cret"}}) {
      CliRunner.Result result = CliRunner.raw(Map.of(), args);
      assertEquals(2, result.code());
      assertEquals("ERROR Unknown option '--pasword'. Did you mean --password? See 'tidemark "
          + "current --help'.\n", result.err());
    }
  }

  @Test
  void reversedOfflineRange_isTm113WithExitTwoAndNoScript() {
    CliRunner.Result upgrade = CliRunner.raw(Map.of(), "upgrade", "0003:0001", "--sql");
    assertEquals(2, upgrade.code());
    assertEquals("", upgrade.out());
    assertEquals("ERROR [TM113] The upgrade range '0003:0001' runs backwards: 0001 is below "
        + "0003. Write it the other way round ('upgrade 0001:0003 --sql'), or use 'downgrade "
        + "0003:0001 --sql'.\n", upgrade.err());
    CliRunner.Result downgrade = CliRunner.raw(Map.of(), "downgrade", "0001:0003", "--sql");
    assertEquals(2, downgrade.code());
    assertEquals("", downgrade.out());
    assertTrue(downgrade.err().startsWith("ERROR [TM113] The downgrade range '0001:0003' runs "
        + "backwards: 0003 is above 0001."), downgrade.err());

    Migrator migrator = Migrator.builder().migrations(Fixtures.merged()).build();
    assertEquals(ErrorCode.TM113, assertThrows(TidemarkException.class,
        () -> migrator.upgradeSql("0003:0001")).code());
    assertEquals(ErrorCode.TM113, assertThrows(TidemarkException.class,
        () -> migrator.downgradeSql("0001:head")).code());
    assertTrue(migrator.upgradeSql("0001:0003").contains("0003_c3c3c3"));
    assertFalse(migrator.upgradeSql("0003:0003").contains("INSERT INTO"));
  }
}
