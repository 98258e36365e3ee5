package io.tidemark;

import io.tidemark.executor.Durations;
import java.time.Duration;

/**
 * One attempt at a transactional part of a revision that timed out waiting for a lock and was
 * rolled back: where it waited ({@code step} of the revision's statements, from 1, on
 * {@code table} when known), the session that most likely held the lock (or null), and when
 * retry number {@code retry} (from 1) runs: after {@code delay}, {@code spent} into the budget.
 */
public record LockWait(RevisionNode revision, boolean upgrade, int step, String table,
    TableLockHolder blocker, int retry, Duration delay, Duration spent, Duration budget) {

  /**
   * One line, for example {@code waiting for a lock on public.orders (blocked by pid 123, idle
   * in transaction for 4 s); retry 3 in 640 ms}.
   */
  public String describe() {
    String on = table != null ? " on " + table : " at step " + step;
    String by = blocker != null ? " (blocked by " + blocker.brief() + ")" : "";
    return "waiting for a lock" + on + by + "; retry " + retry + " in " + Durations.text(delay);
  }
}
