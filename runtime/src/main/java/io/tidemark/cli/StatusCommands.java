package io.tidemark.cli;

import io.tidemark.AppliedRevision;
import io.tidemark.Drift;
import io.tidemark.MigrationStatus;
import io.tidemark.RevisionNode;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.history.Inconsistency;
import io.tidemark.history.PartialRevision;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The commands that compare the database with the code: current and check. Both exit with 3
 * when the version table contradicts the code or itself, and name each contradiction.
 */
final class StatusCommands {
  static final int CHECK_FAILED = 3;

  private StatusCommands() {}

  /** {@code current}. */
  record Current(TidemarkCommand root) implements Callable<Integer> {
    @Override
    public Integer call() {
      MigrationStatus status = root.migrator().status();
      RevisionGraph<RevisionNode> graph = root.migrator().graph();
      PrintWriter out = root.out();
      if (root.json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("current", status.currentHeads());
        document.put("applied", rows(status.applied()));
        document.put("problems", problems(status.inconsistencies()));
        document.put("stopped", stopped(status.stopped()));
        out.println(Json.write(document));
      } else {
        if (status.currentHeads().isEmpty()) {
          out.println("base (no revision applied)");
        } else {
          printApplied(status, graph, out);
        }
        for (PartialRevision stopped : status.stopped()) {
          out.println(describe(stopped));
        }
      }
      out.flush();
      if (root.json) {
        return status.inconsistencies().isEmpty() ? 0 : CHECK_FAILED;
      }
      PrintWriter err = root.spec.commandLine().getErr();
      for (Inconsistency found : status.inconsistencies()) {
        err.println("ERROR [" + found.code() + "] " + found.message());
      }
      err.flush();
      return status.inconsistencies().isEmpty() ? 0 : CHECK_FAILED;
    }

    private void printApplied(MigrationStatus status, RevisionGraph<RevisionNode> graph,
        PrintWriter out) {
      for (AppliedRevision row : status.applied()) {
        // The heads come from the graph: hand-edited is_head flags are reported, not shown.
        boolean current = status.currentHeads().contains(row.id());
        if (!current && !root.verbose) {
          continue;
        }
        boolean graphHead = graph.contains(row.id()) && graph.heads().contains(row.id());
        // Without --verbose only current revisions are listed, so "(current)" would say nothing.
        String marks = (graphHead ? " (head)" : "")
            + (root.verbose && current ? " (current)" : "");
        if (root.verbose) {
          out.println("Rev: " + row.id() + marks);
          out.println("Parent: " + (row.parents().isEmpty() ? "<base>"
              : String.join(", ", row.parents())));
          out.println("Applied: " + row.appliedAt() + " by " + row.appliedBy()
              + (row.executionMs() == null ? " (stamped)" : " in " + row.executionMs() + " ms"));
          out.println("Checksum: " + row.checksum()
              + (status.changed().contains(row.id()) ? " (CHANGED in code)" : ""));
          out.println();
          out.println("    " + row.message());
          out.println();
        } else {
          out.println(row.id() + marks + ", " + row.message());
        }
      }
    }
  }

  /** One line for a revision whose last run stopped part way, saying how to go on. */
  static String describe(PartialRevision stopped) {
    String by = stopped.upgrade() ? "upgrade" : "downgrade";
    return stopped.id() + " stopped part way: its " + by + " did " + stopped.completedSteps()
        + " step(s); run '" + by + "' to continue it";
  }

  static List<Object> stopped(List<PartialRevision> stopped) {
    List<Object> items = new ArrayList<>();
    for (PartialRevision run : stopped) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", run.id());
      item.put("direction", run.upgrade() ? "upgrade" : "downgrade");
      item.put("completedSteps", run.completedSteps());
      items.add(item);
    }
    return items;
  }

  static List<Object> problems(List<Inconsistency> inconsistencies) {
    List<Object> problems = new ArrayList<>();
    for (Inconsistency found : inconsistencies) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", found.code().name());
      item.put("revision", found.revision());
      item.put("message", found.message());
      problems.add(item);
    }
    return problems;
  }

  static List<Object> rows(List<AppliedRevision> applied) {
    List<Object> rows = new ArrayList<>();
    for (AppliedRevision row : applied) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", row.id());
      item.put("parents", row.parents());
      item.put("message", row.message());
      item.put("checksum", row.checksum());
      item.put("appliedAt", String.valueOf(row.appliedAt()));
      item.put("appliedBy", row.appliedBy());
      item.put("executionMs", row.executionMs());
      item.put("head", row.head());
      rows.add(item);
    }
    return rows;
  }

  /**
   * {@code check}: exit code 3 when the database is not at the code's heads; with
   * {@code drift}, also when its live schema differs from the model of the revision it is at.
   */
  record Check(TidemarkCommand root, boolean drift) implements Callable<Integer> {
    @Override
    public Integer call() {
      MigrationStatus status = root.migrator().status();
      Drift found = drift && status.upToDate() ? root.migrator().drift() : null;
      PrintWriter out = root.out();
      List<String> pending = status.pending().stream().map(RevisionNode::id).toList();
      if (root.json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("upToDate", status.upToDate());
        document.put("current", status.currentHeads());
        document.put("pending", pending);
        document.put("changed", status.changed());
        document.put("unknown", status.unknown());
        document.put("problems", problems(status.inconsistencies()));
        document.put("stopped", stopped(status.stopped()));
        if (found != null) {
          document.put("drift", differences(found));
        }
        out.println(Json.write(document));
      } else if (status.upToDate()) {
        out.println("Up to date at " + (status.currentHeads().isEmpty() ? "base"
            : String.join(", ", status.currentHeads())) + ".");
        if (found != null) {
          printDrift(found, out);
        }
      } else {
        if (!pending.isEmpty()) {
          out.println(pending.size() + " revision(s) pending: " + String.join(", ", pending));
        }
        if (!status.changed().isEmpty()) {
          out.println("Changed after being applied: " + String.join(", ", status.changed())
              + " (accept with 'stamp' or 'upgrade --repair')");
        }
        for (Inconsistency problem : status.inconsistencies()) {
          out.println("[" + problem.code() + "] " + problem.message());
        }
        for (PartialRevision stopped : status.stopped()) {
          out.println(describe(stopped));
        }
        if (drift) {
          out.println("Drift not checked: the database is not at the code's heads.");
        }
      }
      out.flush();
      return status.upToDate() && (found == null || found.none()) ? 0 : CHECK_FAILED;
    }

    private static void printDrift(Drift found, PrintWriter out) {
      if (found.none()) {
        out.println("No drift: the live schema matches the model of " + found.revision() + ".");
        return;
      }
      out.println("Drift: " + found.differences().size() + " difference(s) from the model of "
          + found.revision() + ":");
      for (Drift.Difference difference : found.differences()) {
        out.println("  " + difference);
      }
    }

    private static Map<String, Object> differences(Drift found) {
      List<Object> items = new ArrayList<>();
      for (Drift.Difference difference : found.differences()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("object", difference.object());
        item.put("message", difference.message());
        items.add(item);
      }
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("revision", found.revision());
      document.put("differences", items);
      return document;
    }
  }
}
