package io.tidemark.cli;

import io.tidemark.Migrator;
import io.tidemark.RevisionRun;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** The commands that change the database: upgrade, downgrade and stamp. */
final class MigrateCommands {
  private MigrateCommands() {}

  /** {@code upgrade [TARGET] [--sql] [--repair]}. */
  record Upgrade(TidemarkCommand root, String target, boolean sql, boolean repair)
      implements Callable<Integer> {
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

  /** {@code downgrade TARGET [--sql] [--repair]}. */
  record Downgrade(TidemarkCommand root, String target, boolean sql, boolean repair)
      implements Callable<Integer> {
    @Override
    public Integer call() {
      if (sql) {
        root.out().print(root.migrator().downgradeSql(target));
        root.out().flush();
        return 0;
      }
      return migrate(root, "downgrade", migrator -> migrator.downgrade(target, repair));
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

  /** {@code stamp TARGET}. */
  record Stamp(TidemarkCommand root, String target) implements Callable<Integer> {
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
