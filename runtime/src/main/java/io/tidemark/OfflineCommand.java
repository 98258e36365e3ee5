package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.executor.OfflineScript;
import io.tidemark.executor.RevisionScript;
import io.tidemark.executor.Scripts;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code upgrade --sql} and {@code downgrade --sql}: the script of a {@code from:to} range,
 * planned from the range alone since no database is read.
 */
final class OfflineCommand {
  private final CommandContext context;
  private final RevisionGraph<RevisionNode> chain;

  OfflineCommand(CommandContext context) {
    this.context = context;
    this.chain = context.chain();
  }

  /** The SQL along {@code range}: {@code to} or {@code from:to}; a downgrade needs both. */
  String sql(String range, boolean upgrade) {
    int colon = range.indexOf(':');
    if (!upgrade && colon < 0) {
      throw new TidemarkException(ErrorCode.TM113, "Offline downgrade needs a range from:to, "
          + "for example 'downgrade head:base --sql'; without a database the starting point "
          + "is unknown.");
    }
    String from = colon < 0 || colon == 0 ? "base" : range.substring(0, colon);
    String to = colon < 0 ? range : range.substring(colon + 1);
    if (to.isBlank()) {
      throw new TidemarkException(ErrorCode.TM113, "The range '" + range + "' has no end; "
          + "write from:to.");
    }
    List<RevisionNode> plan = new Targets<>(chain).range(from, to, upgrade);
    Scripts scripts = context.scripts();
    List<RevisionScript> scriptList = new ArrayList<>();
    for (RevisionNode node : plan) {
      scriptList.add(upgrade ? scripts.upgrade(node, null) : scripts.downgrade(node));
    }
    MigratorBuilder settings = context.settings();
    return OfflineScript.write((upgrade ? "upgrade " : "downgrade ") + from + ":" + to,
        context.table(), scriptList, context.locks(), settings.statementTimeout);
  }
}
