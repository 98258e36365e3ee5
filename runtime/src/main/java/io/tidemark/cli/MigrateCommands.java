package io.tidemark.cli;

import io.tidemark.Migrator;
import io.tidemark.RevisionRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that change the database: upgrade, downgrade and stamp. */
final class MigrateCommands {
  private MigrateCommands() {}

  @Command(name = "upgrade", description = "Applies revisions up to TARGET: head, heads, +N, "
      + "an id or unique prefix, <id>+N; with --sql a range from:to is allowed.")
  static final class Upgrade implements Callable<Integer> {
    @ParentCommand
    TidemarkCommand root;

    @Parameters(paramLabel = "TARGET", defaultValue = "head",
        description = "Where to go (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (no database).")
    boolean sql;

    @Option(names = "--repair", description = "Accept applied revisions whose code changed.")
    boolean repair;

    @Override
    public Integer call() {
      if (sql) {
        root.out().print(root.migrator().upgradeSql(target));
        root.out().flush();
        return 0;
      }
      return migrate(root, "upgrade", migrator -> migrator.upgrade(target, repair));
    }
  }

  @Command(name = "downgrade", description = "Reverts revisions down to TARGET: base, -N, an id "
      + "or unique prefix, <id>-N; with --sql a range from:to is required.")
  static final class Downgrade implements Callable<Integer> {
    @ParentCommand
    TidemarkCommand root;

    @Parameters(paramLabel = "TARGET", description = "Where to go.")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it (no database).")
    boolean sql;

    @Override
    public Integer call() {
      if (sql) {
        root.out().print(root.migrator().downgradeSql(target));
        root.out().flush();
        return 0;
      }
      return migrate(root, "downgrade", migrator -> migrator.downgrade(target));
    }
  }

  private interface Run {
    List<RevisionRun> on(Migrator migrator);
  }

  private static int migrate(TidemarkCommand root, String command, Run run) {
    Progress progress = new Progress(root);
    long start = System.nanoTime();
    try {
      List<RevisionRun> runs = run.on(root.migrator(progress));
      progress.summary(command, runs, (System.nanoTime() - start) / 1_000_000);
      return 0;
    } catch (RuntimeException e) {
      progress.failed();
      throw e;
    }
  }

  @Command(name = "stamp", description = "Records TARGET as the applied state without running "
      + "any migration: baselines a hand-made database, or accepts changed revisions.")
  static final class Stamp implements Callable<Integer> {
    @ParentCommand
    TidemarkCommand root;

    @Parameters(paramLabel = "TARGET", description = "head, heads, base, an id or prefix.")
    String target;

    @Override
    public Integer call() {
      Migrator.StampResult result = root.migrator().stamp(target);
      if (root.json) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("command", "stamp");
        document.put("heads", result.heads());
        document.put("added", result.added());
        document.put("removed", result.removed());
        document.put("accepted", result.accepted());
        root.out().println(Json.write(document));
      } else {
        root.out().println("Stamped " + (result.heads().isEmpty() ? "base"
            : String.join(", ", result.heads())) + ": " + result.added().size() + " added, "
            + result.removed().size() + " removed, " + result.accepted().size()
            + " changed revision(s) accepted.");
      }
      root.out().flush();
      return 0;
    }
  }
}
