package io.tidemark.spring;

import io.tidemark.ErrorCode;
import io.tidemark.Migrator;
import io.tidemark.RevisionRun;
import io.tidemark.TidemarkException;
import java.util.List;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * What start-up does without a {@link TidemarkMigrationStrategy} bean: upgrade to
 * {@code tidemark.target}, or in check mode require the database at the code's heads and
 * change nothing; then, with {@code tidemark.fail-on-drift}, require the live schema to match
 * the model.
 */
final class PropertiesMigrationStrategy implements TidemarkMigrationStrategy {
  private static final Log LOG = LogFactory.getLog(TidemarkMigrationInitializer.class);
  private static final Set<String> HEADS = Set.of("head", "heads");

  private final TidemarkProperties.Mode mode;
  private final String target;
  private final boolean failOnDrift;

  /** Fails with TM163, before any database work, on settings that contradict each other. */
  PropertiesMigrationStrategy(TidemarkProperties properties) {
    this.mode = properties.getMode();
    this.target = properties.getTarget();
    this.failOnDrift = properties.isFailOnDrift();
    if (mode == TidemarkProperties.Mode.CHECK && !HEADS.contains(target)) {
      throw new TidemarkException(ErrorCode.TM163, "tidemark.mode=check requires the database "
          + "at the code's heads, but tidemark.target is '" + target + "'. Remove "
          + "tidemark.target (check mode compares with the heads), or set tidemark.mode=upgrade "
          + "to upgrade to that target at start-up.");
    }
  }

  @Override
  public void migrate(Migrator migrator) {
    if (mode == TidemarkProperties.Mode.CHECK) {
      check(migrator);
    } else {
      List<RevisionRun> runs = migrator.upgrade(target);
      if (runs.isEmpty()) {
        LOG.info("Tidemark: the database is at " + target + ", nothing to apply.");
      } else {
        LOG.info("Tidemark: applied " + runs.size() + " revision(s) up to "
            + runs.get(runs.size() - 1).revision().id() + ".");
      }
    }
    if (failOnDrift) {
      migrator.requireNoDrift();
    }
  }

  /** The runtime's check, its error saying that start-up changed nothing. */
  private static void check(Migrator migrator) {
    try {
      migrator.requireUpToDate();
    } catch (TidemarkException e) {
      String upgrade = e.code() == ErrorCode.TM122 ? " Or start once with "
          + "tidemark.mode=upgrade, which applies pending revisions at start-up." : "";
      throw new TidemarkException(e.code(), e.reason() + upgrade + " Start-up refused by "
          + "tidemark.mode=check; the database was not changed.", e.revision(), e.statement(),
          e);
    }
    LOG.info("Tidemark: the database is at the code's heads (tidemark.mode=check).");
  }
}
