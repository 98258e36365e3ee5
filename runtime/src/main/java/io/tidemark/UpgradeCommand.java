package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.Targets;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedValidator;
import java.util.List;
import java.util.Set;

/**
 * {@code upgrade} and {@code downgrade}: checks the applied revisions under the migration
 * lock, plans the revisions the target needs and hands the plan to the {@link PlanRunner}.
 */
final class UpgradeCommand {
  private final CommandContext context;
  private final RevisionGraph<RevisionNode> chain;

  UpgradeCommand(CommandContext context) {
    this.context = context;
    this.chain = context.chain();
  }

  /**
   * Applies what {@code target} needs. With {@code repair}, applied revisions whose code
   * changed are accepted first; without, they stop the run (TM120).
   */
  List<RevisionRun> upgrade(String target, boolean repair) {
    try (Session session = context.open(true)) {
      return run(session, new Targets<>(chain).upgrade(applied(session, repair), target), true);
    }
  }

  /** Reverts down to {@code target}; changed applied revisions are handled as for upgrade. */
  List<RevisionRun> downgrade(String target, boolean repair) {
    try (Session session = context.open(true)) {
      return run(session, new Targets<>(chain).downgrade(applied(session, repair), target), false);
    }
  }

  /**
   * The applied revisions, once the version table is found consistent (TM121, TM124 to
   * TM126) and changed revisions are accepted ({@code repair}) or refused (TM120).
   */
  private Set<String> applied(Session session, boolean repair) {
    AppliedValidator validator = context.validator();
    List<AppliedRevision> rows = session.applied();
    Set<String> applied = validator.known(rows);
    if (repair) {
      StampCommand.acceptChanged(session, validator);
    } else {
      validator.requireUnchanged(rows);
    }
    return applied;
  }

  private List<RevisionRun> run(Session session, List<RevisionNode> plan, boolean upgrade) {
    return new PlanRunner(session, context.scripts(), context.table(),
        context.settings().listener).run(plan, upgrade);
  }
}
