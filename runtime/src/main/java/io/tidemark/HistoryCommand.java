package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.executor.Scripts;
import io.tidemark.executor.Session;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code history} and {@code show}: list and describe revisions of the chain; the database is
 * read only when a range names {@code current}.
 */
final class HistoryCommand {
  private final CommandContext context;
  private final RevisionGraph<RevisionNode> chain;

  HistoryCommand(CommandContext context) {
    this.context = context;
    this.chain = context.chain();
  }

  /** Revisions newest first, limited to {@code range} ({@code from:to}, either side optional). */
  List<RevisionNode> history(String range) {
    Set<String> selected = new HashSet<>();
    for (RevisionNode node : chain.ordered()) {
      selected.add(node.id());
    }
    if (range != null && !range.isBlank()) {
      Targets<RevisionNode> targets = new Targets<>(chain);
      int colon = range.indexOf(':');
      String from = colon < 0 ? range : range.substring(0, colon);
      String to = colon < 0 ? range : range.substring(colon + 1);
      Set<String> current = range.contains("current") ? current() : Set.of();
      if (!to.isBlank()) {
        selected.retainAll(chain.withAncestors(targets.resolve(current, to)));
      }
      if (!from.isBlank() && !targets.resolve(current, from).isEmpty()) {
        selected.retainAll(chain.withDescendants(targets.resolve(current, from)));
      }
    }
    List<RevisionNode> newestFirst = new ArrayList<>(chain.inOrder(selected));
    Collections.reverse(newestFirst);
    return newestFirst;
  }

  private Set<String> current() {
    try (Session session = context.open(false)) {
      return context.validator().known(session.applied());
    }
  }

  /** The revision {@code target} names, with its rendered SQL and checksum. */
  Migrator.RevisionDetails show(String target) {
    RevisionNode node = new Targets<>(chain).single(Set.of(), target);
    Scripts scripts = context.scripts();
    return new Migrator.RevisionDetails(node, scripts.render(node, true),
        scripts.render(node, false), scripts.checksum(node));
  }
}
