package io.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.history.VersionTable;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLI waiting for a migration lock that another session holds. */
class LockWaitTest {
  private static final long KEY =
      new VersionTable(VersionTable.DEFAULT_SCHEMA, VersionTable.DEFAULT_NAME).lockKey();
  /** Tidemark's sessions on the test database, and any session queued for an advisory lock. */
  private static final String WAITERS = "SELECT a.pid || ' ' || a.application_name || ' '"
      + " || coalesce(l.granted::text, '-') FROM pg_stat_activity a LEFT JOIN pg_locks l"
      + " ON l.pid = a.pid AND l.locktype = 'advisory' WHERE a.datname = current_database()"
      + " AND (a.application_name = 'tidemark' OR NOT l.granted)";

  private final PostgresServer server = PostgresServer.get();
  private String url;

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
    url = server.createDatabase("lockwait");
  }

  private Connection holdLock() throws SQLException {
    Connection holder = server.connectUrl(url);
    try (Statement statement = holder.createStatement()) {
      statement.execute("SET application_name = 'stuck-holder'");
      statement.execute("SELECT pg_advisory_lock(" + KEY + ")");
    }
    return holder;
  }

  private List<String> query(String sql) throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.query(c, sql);
    }
  }

  @Test
  void upgrade_lockHeldByAnotherSession_namesTheHolderOnStderrAndExitsWithTm134()
      throws Exception {
    try (Connection holder = holdLock()) {
      String pid = Catalog.query(holder, "SELECT pg_backend_pid()").get(0);
      CliRunner.Result result = new CliRunner(url).run("upgrade", "head", "--lock-wait", "1000");
      assertEquals(Cli.ERROR, result.code(), result.out() + result.err());
      assertTrue(result.err().startsWith("Waiting for the migration lock, held by pid " + pid
          + " (user " + server.user() + ", application 'stuck-holder', client "), result.err());
      assertTrue(result.err().contains(", connected since 20"), result.err());
      assertTrue(result.err().contains(", idle since 20"), result.err());
      assertTrue(result.err().contains("): waited 0 s of 1 s (--lock-wait).\nERROR [TM134] "
          + "The migration lock (advisory lock " + KEY + " in this database) is held by pid "
          + pid + " (user "), result.err());
      assertTrue(result.err().contains("SELECT pg_terminate_backend(" + pid + ")."),
          result.err());
      assertEquals("", result.out());
      assertEquals(List.of(""), query("SELECT coalesce(to_regclass('tidemark_version')::text,"
          + " '')"));
    }
  }

  /**
   * A runner killed while it waits must leave nothing on the server: a session left queued
   * inside {@code pg_advisory_lock} would take the lock once it is free and create the
   * version table in a database its user has given up on.
   */
  @Test
  void upgrade_waitingRunnerKilled_leavesNoSessionOnTheServerAndCreatesNothing()
      throws Exception {
    try (Connection holder = holdLock()) {
      Process runner = CliProcess.start("merged", url, "upgrade", "head");
      try {
        for (int i = 0; i < 300 && query(WAITERS).isEmpty(); i++) {
          Thread.sleep(100);
        }
        assertFalse(query(WAITERS).isEmpty(), "the runner never connected");
        Thread.sleep(1000);
        assertTrue(runner.isAlive(), "the runner should still wait");
      } finally {
        runner.destroyForcibly();
      }
      assertTrue(runner.waitFor(30, TimeUnit.SECONDS));
      List<String> left = query(WAITERS);
      for (int i = 0; i < 100 && !left.isEmpty(); i++) {
        Thread.sleep(100);
        left = query(WAITERS);
      }
      assertEquals(List.of(), left, "sessions of the killed runner");
      try (Statement statement = holder.createStatement()) {
        statement.execute("SELECT pg_advisory_unlock(" + KEY + ")");
      }
      Thread.sleep(1000);
      assertEquals(List.of(""), query("SELECT coalesce(to_regclass('tidemark_version')::text,"
          + " '')"));
    }
  }
}
