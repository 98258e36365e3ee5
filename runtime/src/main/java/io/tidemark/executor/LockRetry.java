package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.Revision;
import io.tidemark.RevisionNode;
import io.tidemark.TidemarkException;
import java.time.Duration;
import java.util.Objects;

/**
 * How a revision waits for the locks its statements need. Each transactional part runs with
 * {@code lock_timeout} = {@code attemptTimeout}, so the writers that queue behind a waiting
 * DDL statement wait no longer than that; a part that times out is rolled back and runs again
 * after a jittered, growing delay, until {@code budget} has passed since its first timeout.
 * A statement outside a transaction takes only locks that let writes through, so it waits
 * once, for what is left of the budget. A zero {@code attemptTimeout} waits without limit.
 */
public record LockRetry(Duration attemptTimeout, Duration budget) {
  /** The first delay before a retry is at most this long; each further one may be twice as long. */
  static final Duration BACKOFF_BASE = Duration.ofMillis(200);
  /** No delay between two attempts is longer than this. */
  static final Duration BACKOFF_CAP = Duration.ofSeconds(5);

  public LockRetry {
    Objects.requireNonNull(attemptTimeout, "attemptTimeout");
    Objects.requireNonNull(budget, "budget");
    if (attemptTimeout.isNegative() || budget.isNegative()) {
      throw new IllegalArgumentException("lock timeouts must not be negative: " + attemptTimeout
          + ", " + budget);
    }
  }

  /** These settings with what the revision's {@code @Revision} sets instead (TM152 when invalid). */
  public LockRetry forRevision(RevisionNode node) {
    Revision revision = node.migration().getClass().getAnnotation(Revision.class);
    if (revision == null) {
      return this;
    }
    return new LockRetry(
        value(node, "lockTimeout", revision.lockTimeout(), attemptTimeout),
        value(node, "lockRetryBudget", revision.lockRetryBudget(), budget));
  }

  /** Fails with TM152 when the revision's {@code @Revision} lock settings are not durations. */
  public static void check(RevisionNode node) {
    new LockRetry(Duration.ZERO, Duration.ZERO).forRevision(node);
  }

  private static Duration value(RevisionNode node, String attribute, String text,
      Duration otherwise) {
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw new TidemarkException(ErrorCode.TM152, "Revision " + node.id() + " ("
          + node.origin() + ") has @Revision(" + attribute + " = \"" + text + "\"): "
          + e.getMessage() + ", for example " + attribute + " = \"2s\", or leave it out for the "
          + "run's setting.", node.id(), null, null);
    }
  }

  /**
   * The {@code lock_timeout} of a statement outside a transaction in a revision that has spent
   * {@code spent} of its budget: the rest of the budget, and never less than one attempt's.
   */
  Duration aloneTimeout(Duration spent) {
    if (attemptTimeout.isZero()) {
      return Duration.ZERO;
    }
    Duration rest = budget.minus(spent);
    return rest.compareTo(attemptTimeout) > 0 ? rest : attemptTimeout;
  }

  /** The longest delay before retry {@code retry} (from 1): the base, doubled each time, capped. */
  static Duration backoffCeiling(int retry) {
    int doublings = Math.min(retry - 1, 20);
    Duration ceiling = BACKOFF_BASE.multipliedBy(1L << doublings);
    return ceiling.compareTo(BACKOFF_CAP) < 0 ? ceiling : BACKOFF_CAP;
  }

  /** The statement that sets one attempt's {@code lock_timeout} inside its transaction. */
  String attemptSetting() {
    return "SET LOCAL lock_timeout = " + Session.interval(attemptTimeout);
  }
}
