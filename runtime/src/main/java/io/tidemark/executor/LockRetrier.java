package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.LockWait;
import io.tidemark.RevisionNode;
import io.tidemark.TableLockHolder;
import io.tidemark.TidemarkException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Decides, each time a transactional part of a revision times out waiting for a lock, whether
 * it runs again: while the revision's budget lasts it names the likely blocker, tells the
 * listener and sleeps a random delay up to a ceiling that doubles with each retry (full
 * jitter); then it fails with TM151. It also gives each statement outside a transaction the
 * rest of its revision's budget as {@code lock_timeout}. One instance serves one session.
 */
final class LockRetrier {
  private static final String LOCK_NOT_AVAILABLE = "55P03";

  /** The lock timeouts of one revision in one direction so far. */
  private static final class Tries {
    long firstTimeout;
    int timeouts;
  }

  private final Connection connection;
  private final LockRetry settings;
  private final Scripts scripts;
  private final Consumer<LockWait> listener;
  private final Map<String, Tries> tries = new HashMap<>();
  private final Map<String, LockRetry> perRevision = new HashMap<>();
  /** The session's {@code lock_timeout} as last set. */
  private Duration sessionTimeout;

  LockRetrier(Connection connection, LockRetry settings, Scripts scripts,
      Consumer<LockWait> listener) {
    this.connection = connection;
    this.settings = settings;
    this.scripts = scripts;
    this.listener = listener;
    this.sessionTimeout = settings.aloneTimeout(Duration.ZERO);
  }

  /** Whether {@code error} is a lock that could not be had in time. */
  static boolean lockTimeout(SQLException error) {
    return LOCK_NOT_AVAILABLE.equals(error.getSQLState());
  }

  LockRetry settings(RevisionNode node) {
    return perRevision.computeIfAbsent(node.id(), id -> settings.forRevision(node));
  }

  /** The statement that opens each attempt at a transactional part of {@code node}. */
  String attemptSetting(RevisionNode node) {
    return settings(node).attemptSetting();
  }

  /**
   * Sets the session's {@code lock_timeout} for a statement of {@code script} outside a
   * transaction: what is left of the revision's budget.
   */
  void prepareAlone(RevisionScript script) throws SQLException {
    Tries so = tries.get(key(script));
    Duration spent = so == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime()
        - so.firstTimeout);
    Duration timeout = settings(script.node()).aloneTimeout(spent);
    if (!timeout.equals(sessionTimeout)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET lock_timeout = " + Session.interval(timeout));
      }
      sessionTimeout = timeout;
    }
  }

  /**
   * After step {@code step} (from 0; the revision's statement count for its version rows) of
   * {@code script} timed out waiting for a lock: the wait before the next attempt, or TM151
   * when the budget is spent. {@code completed} steps of the revision are done and, with
   * {@code recorded}, its progress is in the version table.
   */
  LockWait next(RevisionScript script, int step, SQLException error, String statement,
      int completed, boolean recorded) {
    long now = System.nanoTime();
    Tries so = tries.computeIfAbsent(key(script), k -> new Tries());
    if (so.timeouts++ == 0) {
      so.firstTimeout = now;
    }
    LockRetry revision = settings(script.node());
    Duration spent = Duration.ofNanos(now - so.firstTimeout);
    List<String> tables = step < script.statements().size()
        ? TableLockReader.tables(scripts.operationOf(script.node(), script.upgrade(), step))
        : List.of();
    TableLockHolder blocker = blocker(tables, error);
    String table = blocker != null ? blocker.table() : tables.isEmpty() ? null : tables.get(0);
    Duration left = revision.budget().minus(spent);
    if (left.isNegative() || left.isZero()) {
      throw Failures.lockBudgetSpent(script, step, completed, recorded, error, statement,
          new LockWait(script.node(), script.upgrade(), step + 1, table, blocker, so.timeouts,
              Duration.ZERO, spent, revision.budget()), revision.attemptTimeout());
    }
    long ceiling = LockRetry.backoffCeiling(so.timeouts).toMillis();
    Duration delay = Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    if (delay.compareTo(left) > 0) {
      delay = left;
    }
    return new LockWait(script.node(), script.upgrade(), step + 1, table, blocker, so.timeouts,
        delay, spent, revision.budget());
  }

  /** Tells the listener about the wait, then sleeps its delay. */
  void pause(LockWait wait) {
    listener.accept(wait);
    try {
      Thread.sleep(wait.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TidemarkException(ErrorCode.TM151, "Interrupted while waiting to retry "
          + "revision " + wait.revision().id() + " after a lock timeout; the revision stands as "
          + "its last committed part left it. Run 'current' to see where the database is.",
          wait.revision().id(), null, e);
    }
  }

  /** The likely blocker; null when none is found or looking fails (the wait is reported anyway). */
  private TableLockHolder blocker(List<String> tables, SQLException error) {
    try {
      return TableLockReader.find(connection, tables);
    } catch (SQLException e) {
      error.addSuppressed(e);
      return null;
    }
  }

  private static String key(RevisionScript script) {
    return (script.upgrade() ? "+" : "-") + script.node().id();
  }
}
