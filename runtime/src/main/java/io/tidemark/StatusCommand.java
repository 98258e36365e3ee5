package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedRevision;
import io.tidemark.registry.RevisionNode;
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

  /** Reads the version table without the lock and sets it against the chain. */
  MigrationStatus status() {
    try (Session session = context.open(false)) {
      List<AppliedRevision> rows = session.applied();
      Set<String> applied = new HashSet<>();
      List<String> unknown = new ArrayList<>();
      List<String> heads = new ArrayList<>();
      for (AppliedRevision row : rows) {
        (chain.contains(row.id()) ? applied : unknown).add(row.id());
        if (row.head()) {
          heads.add(row.id());
        }
      }
      List<RevisionNode> pending = new Targets<>(chain).upgrade(applied, "heads");
      return new MigrationStatus(rows, heads, pending, context.validator().changed(rows),
          unknown);
    }
  }

  /**
   * The status when the database is exactly at the code's heads; otherwise TM121 for a
   * revision the code does not know, TM120 for a changed one, TM122 for pending ones.
   */
  MigrationStatus requireUpToDate() {
    MigrationStatus status = status();
    if (!status.unknown().isEmpty()) {
      String id = status.unknown().get(0);
      throw new TidemarkException(ErrorCode.TM121, "The database has revision" + (status
          .unknown().size() > 1 ? "s " + status.unknown() : " " + id) + " applied, but the code"
          + " does not contain it. Run the code that has it, or 'stamp' the revision the"
          + " database really is at.", id, null, null);
    }
    context.validator().requireUnchanged(status.applied());
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
