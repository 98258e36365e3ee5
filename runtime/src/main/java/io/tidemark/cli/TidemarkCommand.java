package io.tidemark.cli;

import io.tidemark.Migrator;
import io.tidemark.MigratorBuilder;
import io.tidemark.history.VersionTable;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code tidemark} command and the options every subcommand shares. */
@Command(name = "tidemark", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Applies, reverts and inspects Tidemark revisions on PostgreSQL.",
    subcommands = {MigrateCommands.Upgrade.class, MigrateCommands.Downgrade.class,
        StatusCommands.Current.class, StatusCommands.Check.class, ChainCommands.History.class,
        ChainCommands.Heads.class, ChainCommands.Branches.class, ChainCommands.Show.class,
        MigrateCommands.Stamp.class, ChainCommands.NewRevision.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:error (the message names it and its TM code)",
        "2:invalid command line", "3:check failed: pending or changed revisions"})
public final class TidemarkCommand {
  @Spec
  CommandSpec spec;

  @Option(names = "--url", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "Database: jdbc:postgresql://host:5432/db or postgresql://user:pass@host/db."
          + " Default: the DATABASE_URL environment variable.")
  String url;

  @Option(names = {"-U", "--user"}, scope = ScopeType.INHERIT, description = "Database user.")
  String user;

  @Option(names = "--password", scope = ScopeType.INHERIT, arity = "1",
      description = "Database password (default: PGPASSWORD). Never printed.")
  String password;

  @Option(names = "--revision-package", scope = ScopeType.INHERIT, paramLabel = "PACKAGE",
      description = "Use only the revisions registered in this package (the processor's "
          + "tidemark.package), when the class path holds several migration sets. "
          + "Default: every registry found.")
  String revisionPackage;

  @Option(names = "--version-schema", scope = ScopeType.INHERIT, paramLabel = "SCHEMA",
      defaultValue = VersionTable.DEFAULT_SCHEMA,
      description = "Schema of the version table (default: ${DEFAULT-VALUE}).")
  String versionSchema;

  @Option(names = "--version-table", scope = ScopeType.INHERIT, paramLabel = "NAME",
      defaultValue = VersionTable.DEFAULT_NAME,
      description = "Name of the version table (default: ${DEFAULT-VALUE}).")
  String versionTable;

  @Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "MS",
      defaultValue = "10000",
      description = "lock_timeout for migration statements in ms, 0 = none "
          + "(default: ${DEFAULT-VALUE}).")
  long lockTimeoutMs;

  @Option(names = "--statement-timeout", scope = ScopeType.INHERIT, paramLabel = "MS",
      defaultValue = "0",
      description = "statement_timeout for migration statements in ms, 0 = none "
          + "(default: ${DEFAULT-VALUE}).")
  long statementTimeoutMs;

  @Option(names = "--connect-retries", scope = ScopeType.INHERIT, paramLabel = "N",
      defaultValue = "3",
      description = "Connection attempts to retry while the server is not up "
          + "(default: ${DEFAULT-VALUE}).")
  int connectRetries;

  @Option(names = "--connect-retry-delay", scope = ScopeType.INHERIT, paramLabel = "MS",
      defaultValue = "500",
      description = "First retry delay in ms, doubled each time (default: ${DEFAULT-VALUE}).")
  long connectRetryDelayMs;

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print one JSON document instead of text.")
  boolean json;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "More detail; stack traces on errors.")
  boolean verbose;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print only errors and summaries.")
  boolean quiet;

  Map<String, String> environment = System.getenv();

  /** A migrator configured from the options, reporting progress to {@code listener}. */
  Migrator migrator(Migrator.Listener listener) {
    MigratorBuilder builder = Migrator.builder()
        .url(url != null ? url : environment.get("DATABASE_URL"))
        .user(user)
        .password(password != null ? password : environment.get("PGPASSWORD"))
        .versionTable(versionSchema, versionTable)
        .lockTimeout(Duration.ofMillis(lockTimeoutMs))
        .statementTimeout(Duration.ofMillis(statementTimeoutMs))
        .connectRetries(connectRetries, Duration.ofMillis(connectRetryDelayMs));
    if (revisionPackage != null) {
      builder.revisionPackage(revisionPackage);
    }
    if (listener != null) {
      builder.listener(listener);
    }
    return builder.build();
  }

  private Migrator shared;

  /** The migrator for commands without progress output, built once per command line. */
  Migrator migrator() {
    if (shared == null) {
      shared = migrator(null);
    }
    return shared;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The password as configured, so that error output can mask it. */
  String secret() {
    return password != null ? password : environment.get("PGPASSWORD");
  }
}
