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
    return Session.open(connector(), table, locks(), settings.statementTimeout,
        write ? lock() : null);
  }

  /** Opens the connections of this command. */
  Connector connector() {
    return settings.dataSource != null
        ? Connector.forDataSource(settings.dataSource, settings.connectRetries,
            settings.connectRetryDelay)
        : Connector.forUrl(settings.url, settings.user, settings.password,
            settings.defaultPassword, settings.connectRetries, settings.connectRetryDelay);
  }

  /** The migration lock, waited for as configured. */
  AdvisoryLock lock() {
    return new AdvisoryLock(table.lockKey(), settings.lockWait, settings.listener::waitingForLock);
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
