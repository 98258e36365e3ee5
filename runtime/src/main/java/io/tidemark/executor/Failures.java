package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.LockWait;
import io.tidemark.TableLockHolder;
import io.tidemark.TidemarkException;
import io.tidemark.history.PartialRevision;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The errors of a revision that did not complete: which step failed, what the database kept,
 * and how to go on from there.
 */
final class Failures {
  private static final String LOCK_TIMEOUT = "55P03";
  private static final String DUPLICATE_OBJECT = "42P07";
  /** check_violation and foreign_key_violation: what a failed validation reports. */
  private static final List<String> VIOLATION = List.of("23514", "23503");
  /** The TimescaleDB functions generated revisions call. */
  private static final Pattern TIMESCALE_FUNCTION = Pattern.compile("function (public\\.)?"
      + "(create_hypertable|set_chunk_time_interval|add_(compression|retention|reorder)_policy"
      + "|remove_(compression|retention|reorder)_policy|add_continuous_aggregate_policy"
      + "|remove_continuous_aggregate_policy|time_bucket|add_dimension|by_range|by_hash)\\(");

  private Failures() {}

  /** A transactional part failed and nothing of the revision is kept (TM130). */
  static TidemarkException rolledBack(RevisionScript script, int step, SQLException error) {
    String direction = direction(script);
    int steps = script.statements().size();
    String what = step < steps
        ? " failed at step " + (step + 1) + " of " + steps + ": " + reason(error) + "."
        : " ran its " + steps + " steps, but recording or committing it failed: "
            + reason(error) + ".";
    String statement = step < steps ? script.statements().get(step).sql()
        : String.join(";\n", script.versionRows()) + ";\nCOMMIT";
    String rolledBack = " The revision was rolled back and the version table is unchanged;";
    if (timescaleMissing(error)) {
      return missingTimescale(script, reason(error) + "." + rolledBack + " install it and run "
          + direction + " again.", statement, error);
    }
    return new TidemarkException(ErrorCode.TM130, "Revision " + named(script) + what
        + hint(error) + rolledBack + " fix the cause and run " + direction + " again.",
        script.node().id(), statement, error);
  }

  /**
   * A TimescaleDB function or the extension itself is missing: {@code create_hypertable} and
   * the policy functions are unknown (SQLState 42883), a {@code timescaledb.*} storage parameter
   * is unrecognized (22023), or {@code CREATE EXTENSION timescaledb} finds no such extension on
   * the server (0A000, 58P01).
   */
  static boolean timescaleMissing(SQLException error) {
    String message = error.getMessage() == null ? "" : error.getMessage();
    String state = error.getSQLState();
    return "42883".equals(state) && TIMESCALE_FUNCTION.matcher(message).find()
        || ("0A000".equals(state) || "58P01".equals(state) || "22023".equals(state))
            && message.contains("timescaledb");
  }

  private static TidemarkException missingTimescale(RevisionScript script, String what,
      String statement, SQLException error) {
    return new TidemarkException(ErrorCode.TM148, "Revision " + named(script) + " needs "
        + "TimescaleDB, which this database does not have: " + what + " TimescaleDB must be "
        + "installed on the server (the timescaledb package for its PostgreSQL version, and "
        + "shared_preload_libraries = 'timescaledb' in postgresql.conf, then a restart), and "
        + "created in this database with CREATE EXTENSION IF NOT EXISTS timescaledb (the first "
        + "generated revision that uses it does this, if its role is allowed to).", script.node().id(), statement, error);
  }

  /**
   * Step {@code step} (from 0) failed after {@code completed} steps were done and recorded as
   * the revision's progress (TM131).
   */
  static TidemarkException stopped(RevisionScript script, int step, int completed,
      SQLException error, String statement) {
    String direction = direction(script);
    List<io.tidemark.dialect.Statement> steps = script.statements();
    if (timescaleMissing(error)) {
      return missingTimescale(script, reason(error) + ". " + (completed == 0 ? "No step is done"
          : "Steps 1 to " + completed + " are done and recorded as the revision's progress")
          + "; install it and run " + direction + " again to continue.", statement, error);
    }
    StringBuilder text = new StringBuilder("Revision ").append(named(script));
    if (step < steps.size()) {
      text.append(" stopped at step ").append(step + 1).append(" of ").append(steps.size());
    } else {
      text.append(" ran its ").append(steps.size()).append(" steps, but recording or "
          + "committing it failed");
    }
    text.append(": ").append(reason(error)).append('.').append(hint(error));
    progress(text, steps, completed);
    if (step < steps.size() && !steps.get(step).transactional()) {
      text.append(VIOLATION.contains(error.getSQLState())
          ? " Rows already in the table break the constraint that step " + (step + 1)
              + " validates; the constraint stays in place NOT VALID and checks every row"
              + " written from now on. Correct those rows."
          : " Step " + (step + 1) + " runs outside a transaction and may have left part of its"
              + " work (such as an INVALID index); the next run checks for that before it runs"
              + " the step again.");
    }
    text.append(" Fix the cause and run ").append(direction).append(" again: it continues with "
        + "step ").append(completed + 1).append(". To give up instead, undo the completed steps "
        + "by hand and run 'stamp' for the state the database is in.");
    return new TidemarkException(ErrorCode.TM131, text.toString(), script.node().id(),
        statement, error);
  }

  /** Says which steps are done and recorded as the revision's progress. */
  private static void progress(StringBuilder text, List<io.tidemark.dialect.Statement> steps,
      int completed) {
    if (completed == 0) {
      text.append(" No step is done.");
    } else {
      text.append(" Steps 1 to ").append(completed).append(" are done and recorded in the "
          + "version table as the revision's progress; the last, step ").append(completed)
          .append(", was: ").append(cut(steps.get(completed - 1).sql())).append('.');
    }
  }

  /**
   * A transactional part timed out waiting for a lock on every attempt until the revision's
   * lock retry budget was spent (TM151); {@code last} describes the last wait. The part was
   * rolled back: the revision stands as its last committed part left it.
   */
  static TidemarkException lockBudgetSpent(RevisionScript script, int step, int completed,
      boolean recorded, SQLException error, String statement, LockWait last,
      Duration attemptTimeout) {
    String direction = direction(script);
    List<io.tidemark.dialect.Statement> steps = script.statements();
    StringBuilder text = new StringBuilder("Revision ").append(named(script))
        .append(" could not get a lock in time: ");
    text.append(step < steps.size() ? "step " + (step + 1) + " of " + steps.size()
        : "recording it in the version table").append(" waited for a lock");
    if (last.table() != null) {
      text.append(" on ").append(last.table());
    }
    TableLockHolder blocker = last.blocker();
    text.append(blocker != null ? ", held by " + blocker.describe() : "").append(". It tried ")
        .append(last.retry()).append(last.retry() == 1 ? " time" : " times").append(", each "
            + "attempt waiting at most ").append(Durations.text(attemptTimeout))
        .append(" (the lock timeout) and rolled back when it ran out, so writers never queued "
            + "behind it for longer; ").append(last.budget().isZero() ? "its lock retry budget "
            + "is 0, so it did not retry." : "it retried for " + Durations.text(last.spent())
            + " of its lock retry budget of " + Durations.text(last.budget()) + ".");
    if (completed == 0 && !recorded) {
      text.append(" The revision was rolled back and the version table is unchanged.");
    } else {
      progress(text, steps, completed);
    }
    text.append(blocker != null ? " Let pid " + blocker.pid() + " finish, or end it with "
        + "SELECT pg_terminate_backend(" + blocker.pid() + "), then run " + direction
        + " again" : " Run " + direction + " again when the session holding the lock is done")
        .append(completed == 0 && !recorded ? "" : " (it continues with step "
            + (completed + 1) + ")")
        .append("; to keep trying for longer, raise the budget: --lock-retry-budget "
            + "(MigratorBuilder.lockRetryBudget), or @Revision(lockRetryBudget = \"...\") on "
            + "this revision.");
    return new TidemarkException(ErrorCode.TM151, text.toString(), script.node().id(),
        statement, error);
  }

  /**
   * A step outside a transaction that a stopped run was in the middle of failed when run again
   * (TM136): Tidemark cannot tell how much of it the stopped run did.
   */
  static TidemarkException stoppedStepFailed(RevisionScript script, int step,
      SQLException error, List<String> invalidIndexes) {
    String direction = direction(script);
    int steps = script.statements().size();
    String indexes = invalidIndexes.isEmpty() ? ""
        : " The database has INVALID indexes, left by index builds that did not finish: "
            + String.join(", ", invalidIndexes) + "; drop those the step creates with DROP INDEX"
            + " CONCURRENTLY.";
    return new TidemarkException(ErrorCode.TM136, "Revision " + named(script) + " was stopped "
        + "by an earlier run during step " + (step + 1) + " of " + steps + ", which runs "
        + "outside a transaction, and running it again failed: " + reason(error) + "."
        + indexes + " The earlier run may have done part of this step: compare what the "
        + "statement does with the database, undo what it left and run " + direction + " again "
        + "(it continues with step " + (step + 1) + "), or complete steps " + (step + 1)
        + " to " + steps + " by hand and run 'stamp' for the state the database is in.",
        script.node().id(), script.statements().get(step).sql(), error);
  }

  /** A stopped run of the revision cannot be continued by this code (TM135). */
  static TidemarkException cannotResume(RevisionScript script, PartialRevision partial,
      String why) {
    String stoppedBy = partial.upgrade() ? "upgrade" : "downgrade";
    return new TidemarkException(ErrorCode.TM135, "Revision " + script.node().id() + " ("
        + script.node().message() + ") was stopped by an earlier " + stoppedBy + " after "
        + partial.completedSteps() + " of its steps, and " + why + ". Restore the revision "
        + "as it was and run " + stoppedBy + " again to finish it, or complete or undo its "
        + "steps by hand and run 'stamp' for the state the database is in.",
        script.node().id(), null, null);
  }

  /** An earlier run of the other direction stopped part way, so nothing runs (TM135). */
  static TidemarkException stoppedOtherWay(PartialRevision stopped) {
    String by = stopped.upgrade() ? "upgrade" : "downgrade";
    return new TidemarkException(ErrorCode.TM135, "Revision " + stopped.id() + " was stopped "
        + "part way by an earlier " + by + " (" + stopped.completedSteps() + " of its steps "
        + "done), so the database stands between two revisions. Nothing was run. Run " + by
        + " again to finish it first, or complete or undo its steps by hand and run 'stamp' "
        + "for the state the database is in.", stopped.id(), null, null);
  }

  private static String named(RevisionScript script) {
    return script.node().id() + " (" + direction(script) + ", " + script.node().message() + ")";
  }

  private static String direction(RevisionScript script) {
    return script.upgrade() ? "upgrade" : "downgrade";
  }

  /** What the SQLState says beyond the server's message. */
  private static String hint(SQLException error) {
    if (LOCK_TIMEOUT.equals(error.getSQLState())) {
      return " The statement waited for a lock that another session holds for what was left "
          + "of the revision's lock retry budget (--lock-retry-budget); a statement outside a "
          + "transaction lets writes through while it waits, so it waits once (an index build "
          + "also waits for every older transaction, on any table). Run again when that "
          + "session is done, or allow a longer wait.";
    }
    if (DUPLICATE_OBJECT.equals(error.getSQLState())) {
      return " If the object is left over from a run that stopped before it was recorded, "
          + "drop it (an index with DROP INDEX CONCURRENTLY) and run again.";
    }
    return "";
  }

  static String reason(SQLException error) {
    String message = error.getMessage() == null ? error.toString() : error.getMessage();
    return message.replaceAll("\\s+", " ").strip().replaceAll("\\.+$", "");
  }

  private static String cut(String sql) {
    String line = sql.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 200) + " ...";
  }
}
