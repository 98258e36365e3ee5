package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedState;
import io.tidemark.history.AppliedValidator;
import io.tidemark.history.PartialRevision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code status} and {@code requireUpToDate}: compare the database with the code, read only. */
final class StatusCommand {
  private final CommandContext context;
  private final RevisionGraph<RevisionNode> chain;

  StatusCommand(CommandContext context) {
    this.context = context;
    this.chain = context.chain();
  }

  /**
   * Reads the version table without the lock and sets it against the chain. The heads come
   * from the graph, not from the table's flags; a revision missing below recorded ones is an
   * inconsistency (TM124), never pending.
   */
  MigrationStatus status() {
    try (Session session = context.open(false)) {
      List<AppliedRevision> rows = session.applied();
      AppliedValidator validator = context.validator();
      AppliedState state = validator.state(rows);
      Set<String> settled = new HashSet<>(state.ids());
      settled.addAll(state.missing());
      List<RevisionNode> pending = new Targets<>(chain).upgrade(settled, "heads");
      return new MigrationStatus(rows, state.heads(), pending, validator.changed(rows),
          state.unknown(), state.inconsistencies(), session.stoppedRuns());
    }
  }

  /**
   * The status when the database is exactly at the code's heads; otherwise TM121 for a
   * revision the code does not know, TM124 to TM126 for a version table that contradicts the
   * code or itself, TM120 for a changed revision, TM122 for one whose last run stopped part
   * way or for pending ones.
   */
  MigrationStatus requireUpToDate() {
    MigrationStatus status = status();
    if (!status.inconsistencies().isEmpty()) {
      throw AppliedState.error(status.inconsistencies(), "");
    }
    context.validator().requireUnchanged(status.applied());
    if (!status.stopped().isEmpty()) {
      PartialRevision stopped = status.stopped().get(0);
      String by = stopped.upgrade() ? "upgrade" : "downgrade";
      throw new TidemarkException(ErrorCode.TM122, "Revision " + stopped.id() + " was stopped "
          + "part way by an earlier " + by + " (" + stopped.completedSteps() + " of its steps "
          + "done). Run '" + by + "' again to finish it before starting.", stopped.id(), null,
          null);
    }
    if (!status.pending().isEmpty()) {
      List<String> pending = new ArrayList<>();
      for (RevisionNode node : status.pending()) {
        pending.add(node.id());
      }
      throw new TidemarkException(ErrorCode.TM122, "The database is at " + (status
          .currentHeads().isEmpty() ? "base" : String.join(", ", status.currentHeads()))
          + " and " + pending.size() + " revision(s) are pending: " + String.join(", ", pending)
          + ". Run 'upgrade heads' (or Migrator.upgrade(\"heads\")) before starting.",
          pending.get(0), null, null);
    }
    return status;
  }
}
