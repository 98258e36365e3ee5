package io.tidemark.cli;

import io.tidemark.Migrator;
import io.tidemark.MigratorBuilder;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import io.tidemark.internal.picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code tidemark} command: the options every subcommand shares, as parsed by the model
 * of {@link CliModel}, and the migrator they configure.
 */
public final class TidemarkCommand {
  CommandSpec spec;
  CliModel.RootOptions options;

  String url;
  String user;
  String password;
  String revisionPackage;
  String versionSchema;
  String versionTable;
  long lockTimeoutMs;
  long lockRetryBudgetMs;
  long lockWaitMs;
  long statementTimeoutMs;
  int connectRetries;
  long connectRetryDelayMs;
  boolean json;
  boolean verbose;
  boolean quiet;

  /** Copies the parsed option values into the fields, before a command runs. */
  void load() {
    url = options.url.getValue();
    user = options.user.getValue();
    password = options.password.getValue();
    revisionPackage = options.revisionPackage.getValue();
    versionSchema = options.versionSchema.getValue();
    versionTable = options.versionTable.getValue();
    lockTimeoutMs = options.lockTimeout.<Long>getValue();
    lockRetryBudgetMs = options.lockRetryBudget.<Long>getValue();
    lockWaitMs = options.lockWait.<Long>getValue();
    statementTimeoutMs = options.statementTimeout.<Long>getValue();
    connectRetries = options.connectRetries.<Integer>getValue();
    connectRetryDelayMs = options.connectRetryDelay.<Long>getValue();
    json = CliModel.on(options.json);
    verbose = CliModel.on(options.verbose);
    quiet = CliModel.on(options.quiet);
  }

  Map<String, String> environment = System.getenv();

  /** A migrator configured from the options, reporting progress to {@code listener}. */
  Migrator migrator(Migrator.Listener listener) {
    MigratorBuilder builder = Migrator.builder()
        .url(url != null ? url : environment.get("DATABASE_URL"))
        .user(user)
        .password(password)
        .defaultPassword(environment.get("PGPASSWORD"))
        .versionTable(versionSchema, versionTable)
        .lockTimeout(Duration.ofMillis(lockTimeoutMs))
        .lockRetryBudget(Duration.ofMillis(lockRetryBudgetMs))
        .lockWait(Duration.ofMillis(lockWaitMs))
        .statementTimeout(Duration.ofMillis(statementTimeoutMs))
        .connectRetries(connectRetries, Duration.ofMillis(connectRetryDelayMs));
    if (revisionPackage != null) {
      builder.revisionPackage(revisionPackage);
    }
    return builder.listener(listener).build();
  }

  private Migrator shared;

  /**
   * The migrator for commands without revision progress, built once per command line; it
   * still reports waits for the migration lock.
   */
  Migrator migrator() {
    if (shared == null) {
      shared = migrator(new Progress(this));
    }
    return shared;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
