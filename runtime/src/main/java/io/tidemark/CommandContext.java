package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.executor.Connector;
import io.tidemark.executor.Scripts;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedValidator;
import io.tidemark.history.VersionTable;

/**
 * What the commands of one {@link Migrator} share: its settings, version table and scripts,
 * and the sessions they open on its database.
 */
record CommandContext(MigratorBuilder settings, VersionTable table, Scripts scripts) {
  static CommandContext of(MigratorBuilder settings) {
    VersionTable table = new VersionTable(settings.versionSchema, settings.versionTable);
    return new CommandContext(settings, table, new Scripts(table));
  }

  /** A session; with {@code write} it holds the migration lock (see {@link Session#open}). */
  Session open(boolean write) {
    Connector connector = settings.dataSource != null
        ? Connector.forDataSource(settings.dataSource, settings.connectRetries,
            settings.connectRetryDelay)
        : Connector.forUrl(settings.url, settings.user, settings.password,
            settings.connectRetries, settings.connectRetryDelay);
    return Session.open(connector, table, settings.lockTimeout, settings.statementTimeout, write);
  }

  /** Checks version-table rows against {@code chain}. */
  AppliedValidator validator(RevisionGraph chain) {
    return new AppliedValidator(chain, table, scripts::checksum);
  }
}
