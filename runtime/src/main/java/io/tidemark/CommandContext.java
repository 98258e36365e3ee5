package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.executor.Connector;
import io.tidemark.executor.LockRetry;
import io.tidemark.executor.Scripts;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedValidator;
import io.tidemark.history.VersionTable;
import io.tidemark.lock.AdvisoryLock;

/**
 * What one command of a {@link Migrator} works with: its settings and version table, the
 * scripts it renders (a fresh cache per command), the validated chain, and the sessions it
 * opens on the database.
 */
record CommandContext(MigratorBuilder settings, VersionTable table, Scripts scripts,
    RevisionGraph<RevisionNode> chain) {
  /** A session; with {@code write} it holds the migration lock (see {@link Session#open}). */
  Session open(boolean write) {
    Connector connector = settings.dataSource != null
        ? Connector.forDataSource(settings.dataSource, settings.connectRetries,
            settings.connectRetryDelay)
        : Connector.forUrl(settings.url, settings.user, settings.password,
            settings.defaultPassword, settings.connectRetries, settings.connectRetryDelay);
    AdvisoryLock lock = write ? new AdvisoryLock(table.lockKey(), settings.lockWait,
        settings.listener::waitingForLock) : null;
    return Session.open(connector, table, locks(), settings.statementTimeout, lock);
  }

  /** The run's lock timeout and retry budget, before a revision's own. */
  LockRetry locks() {
    return new LockRetry(settings.lockTimeout, settings.lockRetryBudget);
  }

  /** Checks version-table rows against the chain. */
  AppliedValidator validator() {
    return new AppliedValidator(chain, table, scripts::checksum);
  }
}
