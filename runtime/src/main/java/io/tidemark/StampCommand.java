package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.executor.Scripts;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code stamp} and {@code repair}: rewrite the version table to say where the database
 * stands, running no migration.
 */
final class StampCommand {
  private final CommandContext context;
  private final RevisionGraph<RevisionNode> chain;

  StampCommand(CommandContext context) {
    this.context = context;
    this.chain = context.chain();
  }

  /** Accepts the current code of every changed applied revision; returns their ids. */
  List<String> repair() {
    try (Session session = context.open(true)) {
      AppliedValidator validator = context.validator();
      validator.known(session.applied());
      return acceptChanged(session, validator);
    }
  }

  /** Stores the current checksum of each changed applied revision; returns their ids. */
  static List<String> acceptChanged(Session session, AppliedValidator validator) {
    List<String> changed = validator.changed(session.applied());
    if (!changed.isEmpty()) {
      session.runTransaction(validator.accept(changed));
    }
    return changed;
  }

  /**
   * Makes the version table hold exactly the revisions {@code target} names with their
   * ancestors: adds the missing rows, removes the others (rows the code does not know too)
   * and duplicate rows, accepts changed checksums and sets the head flags anew.
   */
  Migrator.StampResult stamp(String target) {
    Scripts scripts = context.scripts();
    try (Session session = context.open(true)) {
      Map<String, AppliedRevision> rows = new LinkedHashMap<>();
      // Revisions with a row whose checksum is not the code's, duplicate rows included.
      Set<String> stale = new HashSet<>();
      for (AppliedRevision row : session.applied()) {
        rows.putIfAbsent(row.id(), row);
        if (chain.contains(row.id())
            && !row.checksum().equals(scripts.checksum(chain.get(row.id())))) {
          stale.add(row.id());
        }
      }
      Set<String> applied = new HashSet<>(rows.keySet());
      applied.removeIf(id -> !chain.contains(id));
      Set<String> wanted = new Targets<>(chain).state(applied, target);
      List<String> delete = new ArrayList<>();
      for (String id : rows.keySet()) {
        if (!wanted.contains(id)) {
          delete.add(id);
        }
      }
      Map<RevisionNode, String> insert = new LinkedHashMap<>();
      Map<String, String> accept = new LinkedHashMap<>();
      List<String> added = new ArrayList<>();
      for (RevisionNode node : chain.inOrder(wanted)) {
        String checksum = scripts.checksum(node);
        if (!rows.containsKey(node.id())) {
          insert.put(node, checksum);
          added.add(node.id());
        } else if (stale.contains(node.id())) {
          accept.put(node.id(), checksum);
        }
      }
      session.runTransaction(context.table().recordStamp(insert, delete, accept,
          rows.size() < session.applied().size()));
      return new Migrator.StampResult(chain.headsOf(wanted), added, delete,
          List.copyOf(accept.keySet()));
    }
  }
}
