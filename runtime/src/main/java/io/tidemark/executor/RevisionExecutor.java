package io.tidemark.executor;

import io.tidemark.TidemarkException;
import io.tidemark.executor.RevisionScript.Segment;
import io.tidemark.history.PartialRevision;
import io.tidemark.history.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one revision on an auto-commit connection: each transactional part as one transaction
 * of the {@link Pipeline}, run again after a lock timeout while the {@link LockRetrier} allows,
 * each statement outside a transaction on its own, with the rest of the revision's lock budget
 * to wait. A revision with such statements records its progress in the version table as it
 * goes (in the same transaction as each part, and before and after each lone statement), so
 * that the next run continues where a stopped one left off.
 */
final class RevisionExecutor {
  private final Connection connection;
  private final Pipeline pipeline;
  private final Scripts scripts;
  private final LockRetrier retrier;

  RevisionExecutor(Connection connection, Pipeline pipeline, Scripts scripts,
      LockRetrier retrier) {
    this.connection = connection;
    this.pipeline = pipeline;
    this.scripts = scripts;
    this.retrier = retrier;
  }

  /**
   * Runs the script, after the steps that {@code stopped} (an earlier run of the same
   * direction, or null) completed; returns the duration in milliseconds.
   */
  long run(RevisionScript script, PartialRevision stopped) {
    long start = System.nanoTime();
    List<Segment> segments = script.segments();
    int done = stopped == null ? 0 : resumable(script, stopped, segments);
    boolean recorded = stopped != null;
    for (int s = 0; s < segments.size(); s++) {
      Segment segment = segments.get(s);
      int first = segment.firstStep() - 1;
      int end = first + segment.steps();
      if (segment.steps() > 0 && end <= done) {
        continue;
      }
      boolean last = s == segments.size() - 1;
      if (segment.transactional()) {
        List<String> rows = last ? finalRows(script, segments.size() > 1, start)
            : List.of(progress(script, end, !recorded));
        runPart(script, segment.sql().subList(0, segment.steps()), rows, first, done, recorded);
        recorded = true;
      } else {
        if (!recorded) {
          runAlone(script, first, done, progress(script, first, true));
          recorded = true;
        }
        try {
          retrier.prepareAlone(script);
        } catch (SQLException e) {
          throw Failures.stopped(script, first, done, e, "SET lock_timeout");
        }
        if (stopped != null && first == stopped.completedSteps()) {
          new StoppedStep(connection, scripts).run(script, first);
        } else {
          runAlone(script, first, done, segment.sql().get(0));
        }
        runAlone(script, first, done, progress(script, end, false));
      }
      done = end;
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  /**
   * The steps a stopped run completed, when this code can continue from there: the revision is
   * unchanged and the count ends a part.
   */
  private int resumable(RevisionScript script, PartialRevision stopped, List<Segment> segments) {
    if (stopped.upgrade() && !stopped.checksum().equals(scripts.checksum(script.node()))) {
      throw Failures.cannotResume(script, stopped, "its code has changed since (checksum "
          + stopped.checksum() + " in the version table, " + scripts.checksum(script.node())
          + " in the code)");
    }
    for (Segment segment : segments) {
      if (segment.firstStep() - 1 == stopped.completedSteps()) {
        return stopped.completedSteps();
      }
    }
    throw Failures.cannotResume(script, stopped, "the revision's steps no longer match that "
        + "count (it has " + script.statements().size() + " steps now)");
  }

  /**
   * Runs a transactional part with its rows, again after each lock timeout while the revision's
   * budget lasts; on failure reports what stays done.
   */
  private void runPart(RevisionScript script, List<String> steps, List<String> rows, int first,
      int done, boolean recorded) {
    Pipeline.Transaction part = new Pipeline.Transaction(retrier.attemptSetting(script.node()),
        steps, rows);
    while (true) {
      Pipeline.Stop stop;
      try {
        stop = pipeline.run(List.of(part));
      } catch (SQLException e) {
        throw failure(script, first, done, recorded, e, String.join(";\n", steps));
      }
      if (stop == null) {
        return;
      }
      boolean stepFailed = stop.step() < steps.size();
      int step = stepFailed ? first + stop.step() : script.statements().size();
      String statement = stepFailed ? steps.get(stop.step()) : String.join(";\n", rows);
      if (!LockRetrier.lockTimeout(stop.error())) {
        throw failure(script, step, done, recorded, stop.error(), statement);
      }
      retrier.pause(retrier.next(script, step, stop.error(), statement, done, recorded));
    }
  }

  /** Runs one statement outside a transaction; on failure step {@code step} is in question. */
  private void runAlone(RevisionScript script, int step, int done, String sql) {
    try (Statement statement = Pipeline.asWritten(connection)) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw Failures.stopped(script, step, done, e, sql);
    }
  }

  private static TidemarkException failure(RevisionScript script, int step, int done,
      boolean recorded, SQLException error, String statement) {
    return done == 0 && !recorded ? Failures.rolledBack(script, step, error)
        : Failures.stopped(script, step, done, error, statement);
  }

  /** The statement that records {@code completed} steps; {@code first} when no row says so yet. */
  private String progress(RevisionScript script, int completed, boolean first) {
    return scripts.table().recordProgress(script.node(), scripts.checksum(script.node()),
        script.upgrade(), completed, first);
  }

  /**
   * The rows that record the revision as applied or reverted. A revision in one transaction
   * has them timed by the server; one in several parts is timed here and drops its progress.
   */
  private List<String> finalRows(RevisionScript script, boolean parts, long start) {
    if (!parts || !script.upgrade()) {
      return script.versionRows();
    }
    VersionTable table = scripts.table();
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    List<String> rows = new ArrayList<>();
    rows.add(table.clearProgress(script.node()));
    rows.addAll(table.recordUpgrade(script.node(), scripts.checksum(script.node()), elapsed));
    return rows;
  }
}
