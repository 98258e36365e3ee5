package io.tidemark.spring;

import io.tidemark.LockHolder;
import io.tidemark.LockWait;
import io.tidemark.Migrator;
import io.tidemark.RevisionNode;
import io.tidemark.RevisionRun;
import java.time.Duration;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs each revision start-up runs and every wait on a lock, so that a start-up that takes
 * long says why: the lock holder at WARN, everything else at INFO.
 */
final class MigrationLog implements Migrator.Listener {
  private static final Log LOG = LogFactory.getLog(TidemarkMigrationInitializer.class);

  @Override
  public void resuming(RevisionNode revision, boolean upgrade, int completed, int steps) {
    LOG.info("Tidemark: revision " + revision.id() + " continues after step " + completed
        + " of " + steps + ", where an earlier run stopped.");
  }

  @Override
  public void finished(RevisionRun run, int index, int total) {
    LOG.info("Tidemark: [" + index + "/" + total + "] " + (run.upgrade() ? "upgrade " : "downgrade ")
        + run.arrow() + ", " + run.revision().message() + " (" + run.millis() + " ms)");
  }

  @Override
  public void waitingForLock(LockHolder holder, Duration waited) {
    LOG.warn("Tidemark: waiting for the migration lock, held by " + holder.describe()
        + ": waited " + waited.toSeconds() + " s (tidemark.lock-wait).");
  }

  @Override
  public void lockTimedOut(LockWait wait) {
    LOG.info("Tidemark: revision " + wait.revision().id() + " " + wait.describe() + ".");
  }
}
