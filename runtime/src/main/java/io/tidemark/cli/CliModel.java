package io.tidemark.cli;

import io.tidemark.history.VersionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.tidemark.internal.picocli.CommandLine;
import io.tidemark.internal.picocli.CommandLine.Model.ArgSpec;
import io.tidemark.internal.picocli.CommandLine.Model.CommandSpec;
import io.tidemark.internal.picocli.CommandLine.ParameterException;
import io.tidemark.internal.picocli.CommandLine.Model.OptionSpec;
import io.tidemark.internal.picocli.CommandLine.Model.PositionalParamSpec;
import io.tidemark.internal.picocli.CommandLine.ScopeType;

/**
 * The command line's model, built with picocli's programmatic API. Reading the same model
 * from annotations costs a cold JVM about a tenth of a second of reflection on every run,
 * more than the rest of a nothing-to-do {@code upgrade head}. Picocli parses into the option
 * specs; each command copies the values it needs into its command object when it runs.
 */
final class CliModel {
  private CliModel() {}

  /** The subcommands, in the order help lists them. */
  static final List<String> COMMANDS = List.of("upgrade", "downgrade", "current", "check",
      "history", "heads", "branches", "show", "stamp", "revision", "squash", "import");

  /**
   * The {@code tidemark} command line for {@code args}, bound to {@code root}. Only the
   * subcommands {@code args} names are built (every one when it names none, for the root's
   * help and for picocli's "did you mean" on a misspelt command): a cold JVM spends more time
   * building picocli's specs than parsing with them.
   */
  static CommandLine build(TidemarkCommand root, String... args) {
    RootOptions options = new RootOptions();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(root).name("tidemark")
        .versionProvider(new Version());
    spec.usageMessage()
        .description("Applies, reverts and inspects Tidemark revisions on PostgreSQL.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    options.addTo(spec);
    root.spec = spec;
    root.options = options;
    CommandLine line = new CommandLine(spec);
    List<String> named = new ArrayList<>();
    for (String arg : args) {
      if (COMMANDS.contains(arg) && !named.contains(arg)) {
        named.add(arg);
      }
    }
    for (String name : COMMANDS) {
      if (named.isEmpty() || named.contains(name)) {
        subcommand(line, root, name);
      }
    }
    return line;
  }

  private static void subcommand(CommandLine line, TidemarkCommand root, String name) {
    switch (name) {
      case "upgrade" -> {
        PositionalParamSpec target = target("TARGET", "Where to go (default: ${DEFAULT-VALUE}).")
            .arity("0..1").required(false).defaultValue("head").build();
        OptionSpec sql = flag("--sql", "Print the SQL instead of running it (no database).");
        OptionSpec repair = flag("--repair", "Accept applied revisions whose code changed.");
        add(line, name, "Applies revisions up to TARGET: head, heads, +N, an id or unique "
            + "prefix, <id>+N; with --sql a range from:to is allowed.",
            () -> new MigrateCommands.Upgrade(root, target.getValue(), on(sql), on(repair))
                .call(), target, sql, repair);
      }
      case "downgrade" -> {
        PositionalParamSpec target = target("TARGET", "Where to go.").build();
        OptionSpec sql = flag("--sql", "Print the SQL instead of running it (no database).");
        OptionSpec repair = flag("--repair", "Accept applied revisions whose code changed.");
        add(line, name, "Reverts revisions down to TARGET: base, -N, an id or unique "
            + "prefix, <id>-N; with --sql a range from:to is required.",
            () -> new MigrateCommands.Downgrade(root, target.getValue(), on(sql), on(repair))
                .call(), target, sql, repair);
      }
      case "current" -> add(line, name, "Shows the revisions the database is at; exits with 3 "
          + "when the version table contradicts the code or itself.",
          () -> new StatusCommands.Current(root).call());
      case "check" -> {
        OptionSpec drift = flag("--drift", "Also compare the live schema with the model of the "
            + "revision the database is at, under the migration lock.");
        add(line, name, "Exits with 3 when revisions are pending, an applied "
            + "revision changed, the database holds a revision the code does not know, the "
            + "version table contradicts the code or itself, or (--drift) the live schema "
            + "differs from the model.",
            () -> new StatusCommands.Check(root, on(drift)).call(), drift);
      }
      case "history" -> {
        OptionSpec range = OptionSpec.builder("-r", "--rev-range").paramLabel("RANGE")
            .type(String.class)
            .description("from:to, either side optional (base, head, heads, current, ids).")
            .build();
        add(line, name, "Lists revisions, newest first.",
            () -> new ChainCommands.History(root, range.getValue()).call(), range);
      }
      case "heads" -> add(line, name, "Lists the revisions without children.",
          () -> new ChainCommands.Heads(root).call());
      case "branches" -> add(line, name, "Lists the revisions where the chain branches.",
          () -> new ChainCommands.Branches(root).call());
      case "show" -> {
        PositionalParamSpec rev = target("REV", "An id, unique prefix, head or <id>+N.").build();
        add(line, name, "Shows one revision with its SQL.",
            () -> new ChainCommands.Show(root, rev.getValue()).call(), rev);
      }
      case "stamp" -> {
        PositionalParamSpec target = target("TARGET", "head, heads, base, an id or prefix.")
            .build();
        add(line, name, "Records TARGET as the applied state without running any migration: "
            + "baselines a hand-made database, or accepts changed revisions.",
            () -> new MigrateCommands.Stamp(root, target.getValue()).call(), target);
      }
      case "revision" -> {
        OptionSpec dir = dirOption();
        OptionSpec packageName = packageOption("Package of the revisions.");
        OptionSpec message = OptionSpec.builder("-m", "--message").paramLabel("<message>")
            .type(String.class).description("What it does (required unless --unmodelled).")
            .build();
        OptionSpec unmodelled = flag("--unmodelled", "Fill it with the SQL of the database's "
            + "objects the model cannot express (views, triggers, functions, ...); nothing is "
            + "written when there are none.");
        add(line, name, "Writes an empty revision class on the current head(s), for data "
            + "migrations and hand-written SQL; with --unmodelled, one holding the database's "
            + "objects outside the model.", () -> {
              String text = message.getValue();
              if (on(unmodelled)) {
                return new ImportCommands.Unmodelled(root, dir.getValue(),
                    packageName.getValue(), text == null ? "objects outside the model" : text)
                    .call();
              }
              if (text == null) {
                throw new ParameterException(line.getSubcommands().get(name),
                    "Missing required option: '--message=<message>'");
              }
              return new ChainCommands.NewRevision(root, text, dir.getValue(),
                  packageName.getValue()).call();
            }, message, unmodelled, dir, packageName);
      }
      case "import" -> {
        OptionSpec dir = dirOption();
        OptionSpec packageName = packageOption("Package of the entity classes.");
        OptionSpec force = flag("--force", "Write into a package folder that holds Java "
            + "sources, replacing the files of the same name.");
        add(line, name, "Reads the live database and writes one entity class per table and "
            + "continuous aggregate; lists the objects the model cannot express.",
            () -> new ImportCommands.Import(root, dir.getValue(), packageName.getValue(),
                on(force)).call(), dir, packageName, force);
      }
      case "squash" -> {
        OptionSpec uncommitted = flagBuilder("Fold the revisions not committed to git yet (the"
            + " only kind this command folds).", "--uncommitted").required(true).build();
        OptionSpec dir = dirOption();
        OptionSpec packageName = packageOption("Package of the revisions.");
        OptionSpec dryRun = flag("--dry-run", "List the files without deleting them.");
        add(line, name, "Removes the generated revisions not committed to git yet (and not "
            + "applied to the database, when one is given), so the next compile writes one "
            + "revision for the whole change.",
            () -> new ChainCommands.Squash(root, dir.getValue(), packageName.getValue(),
                on(dryRun)).call(), uncommitted, dir, packageName, dryRun);
      }
      default -> throw new IllegalArgumentException("no such command: " + name);
    }
  }

  private static OptionSpec dirOption() {
    return OptionSpec.builder("--dir").paramLabel("<dir>").type(Path.class)
        .defaultValue("src/main/java")
        .description("Source root of the package (default: ${DEFAULT-VALUE}).").build();
  }

  private static OptionSpec packageOption(String description) {
    return OptionSpec.builder("--package").paramLabel("<packageName>").type(String.class)
        .required(true).description(description).build();
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "success");
    codes.put("1", "error (the message names it and its TM code)");
    codes.put("2", "invalid command line");
    codes.put("3", "check failed: pending, changed or unknown revisions, an inconsistent "
        + "version table (also current), or drift (check --drift)");
    return codes;
  }

  private static void add(CommandLine line, String name, String description,
      Callable<Integer> body, ArgSpec... args) {
    TidemarkCommand root = (TidemarkCommand) line.getCommand();
    Callable<Integer> run = () -> {
      root.load();
      return body.call();
    };
    CommandSpec command = CommandSpec.wrapWithoutInspection(run).name(name);
    command.usageMessage().description(description);
    for (ArgSpec arg : args) {
      if (arg instanceof OptionSpec option) {
        command.addOption(option);
      } else {
        command.addPositional((PositionalParamSpec) arg);
      }
    }
    line.addSubcommand(name, command);
  }

  /** A required positional parameter (the upgrade target relaxes it to 0..1). */
  private static PositionalParamSpec.Builder target(String label, String description) {
    return PositionalParamSpec.builder().paramLabel(label).type(String.class).arity("1")
        .required(true).description(description);
  }

  static OptionSpec flag(String name, String description) {
    return flagBuilder(description, name).build();
  }

  static OptionSpec.Builder flagBuilder(String description, String... names) {
    return OptionSpec.builder(names).type(boolean.class).arity("0").initialValue(false)
        .description(description);
  }

  /** The value of a flag: false when not given. */
  static boolean on(OptionSpec flag) {
    Boolean value = flag.getValue();
    return value != null && value;
  }

  /** The options of {@code tidemark} that every command inherits, as parsed. */
  static final class RootOptions {
    final OptionSpec help = flagBuilder("Show this help message and exit.", "-h", "--help")
        .usageHelp(true).scopeType(ScopeType.INHERIT).build();
    final OptionSpec version = flagBuilder("Print version information and exit.", "-V",
        "--version").versionHelp(true).build();
    final OptionSpec url = inherited("URL", String.class, "--url")
        .description("Database: jdbc:postgresql://host:5432/db or postgresql://user:pass@host/db."
            + " Default: the DATABASE_URL environment variable.").build();
    final OptionSpec user = inherited("<user>", String.class, "-U", "--user")
        .description("Database user.").build();
    final OptionSpec password = inherited("<password>", String.class, "--password")
        .description("Database password; wins over the URL's, PGPASSWORD and ~/.pgpass. "
            + "Never printed.").build();
    final OptionSpec revisionPackage = inherited("PACKAGE", String.class, "--revision-package")
        .description("Use only the revisions registered in this package (the processor's "
            + "tidemark.package), when the class path holds several migration sets. "
            + "Default: every registry found.").build();
    final OptionSpec versionSchema = inherited("SCHEMA", String.class, "--version-schema")
        .defaultValue(VersionTable.DEFAULT_SCHEMA)
        .description("Schema of the version table (default: ${DEFAULT-VALUE}).").build();
    final OptionSpec versionTable = inherited("NAME", String.class, "--version-table")
        .defaultValue(VersionTable.DEFAULT_NAME)
        .description("Name of the version table (default: ${DEFAULT-VALUE}).").build();
    final OptionSpec lockTimeout = inherited("DURATION", long.class, "--lock-timeout")
        .converters(OptionValues.duration("--lock-timeout", "200ms")).defaultValue("100ms")
        .description("lock_timeout of each attempt at a revision's transaction (100ms, 2s, "
            + "1m; a plain number is milliseconds), 0 = none (default: ${DEFAULT-VALUE}).")
        .build();
    final OptionSpec lockRetryBudget = inherited("DURATION", long.class, "--lock-retry-budget")
        .converters(OptionValues.duration("--lock-retry-budget", "15m")).defaultValue("5m")
        .description("How long a revision retries after a lock timeout, and what a statement "
            + "outside a transaction may wait; 0 = one attempt (default: ${DEFAULT-VALUE}).")
        .build();
    final OptionSpec lockWait = inherited("DURATION", long.class, "--lock-wait")
        .converters(OptionValues.duration("--lock-wait", "10m")).defaultValue("5m")
        .description("How long to wait for the migration lock while another run holds it; "
            + "0 = fail at once (default: ${DEFAULT-VALUE}).").build();
    final OptionSpec statementTimeout = inherited("DURATION", long.class, "--statement-timeout")
        .converters(OptionValues.duration("--statement-timeout", "30m")).defaultValue("0")
        .description("statement_timeout for migration statements, 0 = none "
            + "(default: ${DEFAULT-VALUE}).").build();
    final OptionSpec connectRetries = inherited("N", int.class, "--connect-retries")
        .converters(OptionValues.count("--connect-retries", "5")).defaultValue("3")
        .description("Connection attempts to retry while the server cannot be reached "
            + "(default: ${DEFAULT-VALUE}).").build();
    final OptionSpec connectRetryDelay = inherited("DURATION", long.class,
        "--connect-retry-delay").converters(OptionValues.duration("--connect-retry-delay", "1s"))
        .defaultValue("500ms")
        .description("First retry delay, doubled each time (default: ${DEFAULT-VALUE}).")
        .build();
    final OptionSpec json = flagBuilder("Print one JSON document instead of text.", "--json")
        .scopeType(ScopeType.INHERIT).build();
    final OptionSpec verbose = flagBuilder("More detail; stack traces on errors.", "-v",
        "--verbose").scopeType(ScopeType.INHERIT).build();
    final OptionSpec quiet = flagBuilder("Print only errors and summaries.", "-q", "--quiet")
        .scopeType(ScopeType.INHERIT).build();

    private static OptionSpec.Builder inherited(String label, Class<?> type, String... names) {
      return OptionSpec.builder(names).paramLabel(label).type(type).arity("1")
          .scopeType(ScopeType.INHERIT);
    }

    void addTo(CommandSpec spec) {
      for (OptionSpec option : new OptionSpec[] {help, version, url, user, password,
          revisionPackage, versionSchema, versionTable, lockTimeout, lockRetryBudget, lockWait,
          statementTimeout,
          connectRetries, connectRetryDelay, json, verbose, quiet}) {
        spec.addOption(option);
      }
    }
  }
}
