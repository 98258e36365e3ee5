package io.tidemark.executor;

import io.tidemark.ErrorCode;
import io.tidemark.LockWait;
import io.tidemark.TidemarkException;
import io.tidemark.history.PartialRevision;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs revision scripts on a session's connection, each transactional part with a short
 * {@code lock_timeout} and retried after a lock timeout while its revision's budget lasts
 * (see {@link LockRetry}).
 */
public final class ScriptRunner {
  private final Session session;
  private final Connection connection;
  private final Pipeline pipeline;
  private final Scripts scripts;
  private final LockRetrier retrier;

  ScriptRunner(Session session, Connection connection, Pipeline pipeline, Scripts scripts,
      LockRetry settings, Consumer<LockWait> waits) {
    this.session = session;
    this.connection = connection;
    this.pipeline = pipeline;
    this.scripts = scripts;
    this.retrier = new LockRetrier(connection, settings, scripts, waits);
  }

  /**
   * Runs one revision script, continuing where an earlier run of it stopped; returns its
   * duration in milliseconds.
   */
  public long run(RevisionScript script) {
    PartialRevision stopped = session.stoppedRun(script.node().id());
    return new RevisionExecutor(connection, pipeline, scripts, retrier).run(script,
        stopped != null && stopped.upgrade() == script.upgrade() ? stopped : null);
  }

  /**
   * How a pipelined group ended: how many revisions committed, and either the error that
   * stopped it or, when the next revision timed out waiting for a lock, the wait before it runs
   * again (both null when all committed).
   */
  public record GroupResult(int committed, TidemarkException failure, LockWait retry) {}

  /**
   * Runs all-transactional scripts in one round trip, each in its own {@code BEGIN ...
   * COMMIT}: every revision commits on its own, but none waits for the previous one's reply.
   * On a failure the server skips the rest; the result names the revisions that committed and
   * the error of the one that failed, with its failing statement, and nothing runs again. A
   * lock timeout is not an error while the revision's budget lasts: the result then says how
   * long to {@link #pause} before the group is sent again from that revision.
   */
  public GroupResult runPipelined(List<RevisionScript> group) {
    List<Pipeline.Transaction> transactions = new ArrayList<>(group.size());
    for (RevisionScript script : group) {
      List<String> steps = new ArrayList<>(script.statements().size());
      for (io.tidemark.dialect.Statement step : script.statements()) {
        steps.add(step.sql());
      }
      transactions.add(new Pipeline.Transaction(retrier.attemptSetting(script.node()), steps,
          script.versionRows()));
    }
    Pipeline.Stop stop;
    try {
      stop = pipeline.run(transactions);
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM133, "A revision failed and rolling it back "
          + "failed too: " + e.getMessage() + ". Run 'current' to see which revisions were "
          + "applied.", e);
    }
    if (stop == null) {
      return new GroupResult(group.size(), null, null);
    }
    RevisionScript failed = group.get(stop.transaction());
    if (LockRetrier.lockTimeout(stop.error())) {
      int steps = failed.statements().size();
      String statement = stop.step() < steps ? failed.statements().get(stop.step()).sql()
          : String.join(";\n", failed.versionRows());
      try {
        return new GroupResult(stop.transaction(), null,
            retrier.next(failed, stop.step(), stop.error(), statement, 0, false));
      } catch (TidemarkException e) {
        return new GroupResult(stop.transaction(), e, null);
      }
    }
    return new GroupResult(stop.transaction(),
        Failures.rolledBack(failed, stop.step(), stop.error()), null);
  }

  /** Reports {@code wait} to the listener and sleeps its delay. */
  public void pause(LockWait wait) {
    retrier.pause(wait);
  }
}
