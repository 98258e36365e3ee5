package io.tidemark;

import io.tidemark.executor.RevisionScript;
import io.tidemark.executor.ScriptRunner;
import io.tidemark.executor.Scripts;
import io.tidemark.executor.Session;
import io.tidemark.history.PartialRevision;
import io.tidemark.history.VersionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a plan of revisions on a session, reporting each to the listener. Consecutive
 * all-transactional upgrades are sent pipelined, up to {@link #PIPELINE} in one round trip;
 * everything else runs one revision at a time, continuing where an earlier run stopped. A
 * failure stops the plan at once: nothing is run a second time. A lock timeout is not a
 * failure while the revision's budget lasts: its rolled-back part runs again, and in a
 * pipelined group the revisions after those that committed are sent again.
 */
final class PlanRunner {
  /**
   * How many consecutive all-transactional revisions an upgrade sends in one round trip. Each
   * keeps its own transaction; the cap keeps progress lines coming on long chains.
   */
  private static final int PIPELINE = 50;

  private final Session session;
  private final ScriptRunner runner;
  private final Scripts scripts;
  private final VersionTable table;
  private final Migrator.Listener listener;
  /** The revision whose {@code starting} the listener heard last, until it finished. */
  private RevisionNode announced;

  PlanRunner(Session session, Scripts scripts, VersionTable table, Migrator.Listener listener) {
    this.session = session;
    this.runner = session.runner(scripts, listener::lockTimedOut);
    this.scripts = scripts;
    this.table = table;
    this.listener = listener;
  }

  List<RevisionRun> run(List<RevisionNode> plan, boolean upgrade) {
    session.requireNoStoppedRun(upgrade);
    List<RevisionRun> runs = new ArrayList<>(plan.size());
    int i = 0;
    while (i < plan.size()) {
      List<RevisionScript> group = upgrade ? pipelinable(plan, i) : List.of();
      if (group.size() > 1) {
        i += runPipelined(group, runs, plan.size());
        continue;
      }
      // Alone: a downgrade, a revision with non-transactional steps or one that an earlier
      // run stopped part way, or one that has nothing to pipeline with.
      runOne(plan, i, upgrade, runs);
      i++;
    }
    return runs;
  }

  /**
   * The all-transactional upgrade scripts from {@code from} on, at most {@link #PIPELINE}, up
   * to the first that an earlier run stopped part way.
   */
  private List<RevisionScript> pipelinable(List<RevisionNode> plan, int from) {
    List<RevisionScript> group = new ArrayList<>();
    for (int j = from; j < plan.size() && group.size() < PIPELINE; j++) {
      RevisionScript script = scripts.upgrade(plan.get(j), null);
      if (!script.transactional() || session.stoppedRun(script.node().id()) != null) {
        break;
      }
      group.add(script);
    }
    return group;
  }

  /**
   * Runs {@code group} pipelined and reports the revisions that committed, with the execution
   * time the server recorded for each; returns how many committed, or throws the error of the
   * revision that failed once those before it are reported. After a lock timeout it waits
   * before it returns, and the caller sends the rest again.
   */
  private int runPipelined(List<RevisionScript> group, List<RevisionRun> runs, int total) {
    ScriptRunner.GroupResult result = runner.runPipelined(group);
    List<String> ids = new ArrayList<>(result.committed());
    for (RevisionScript script : group.subList(0, result.committed())) {
      ids.add(script.node().id());
    }
    Map<String, Long> millis = ids.isEmpty() ? Map.of() : session.executionMillis(table, ids);
    for (RevisionScript script : group.subList(0, result.committed())) {
      Long ms = millis.get(script.node().id());
      if (ms == null) {
        throw new IllegalStateException("the version table does not list revision "
            + script.node().id() + ", which just committed");
      }
      int index = runs.size() + 1;
      announce(script.node(), true, index, total);
      RevisionRun run = new RevisionRun(script.node(), true, ms, result.committed() > 1);
      runs.add(run);
      finished(run, index, total);
    }
    if (result.committed() < group.size()) {
      announce(group.get(result.committed()).node(), true, runs.size() + 1, total);
    }
    if (result.failure() != null) {
      throw result.failure();
    }
    if (result.retry() != null) {
      runner.pause(result.retry());
    }
    return result.committed();
  }

  private void runOne(List<RevisionNode> plan, int i, boolean upgrade, List<RevisionRun> runs) {
    RevisionNode node = plan.get(i);
    announce(node, upgrade, i + 1, plan.size());
    RevisionScript script = upgrade ? scripts.upgrade(node, null) : scripts.downgrade(node);
    PartialRevision stopped = session.stoppedRun(node.id());
    if (stopped != null && stopped.upgrade() == upgrade) {
      listener.resuming(node, upgrade, stopped.completedSteps(), script.statements().size());
    }
    RevisionRun run = new RevisionRun(node, upgrade, runner.run(script));
    runs.add(run);
    finished(run, i + 1, plan.size());
  }

  /** Tells the listener a revision starts, once even when a lock timeout sends it again. */
  private void announce(RevisionNode node, boolean upgrade, int index, int total) {
    // The same node object comes back on a resend; identity also spares the JVM the start-up
    // cost of bootstrapping the record's generated equals.
    if (node != announced) {
      listener.starting(node, upgrade, index, total);
      announced = node;
    }
  }

  private void finished(RevisionRun run, int index, int total) {
    announced = null;
    listener.finished(run, index, total);
  }
}
