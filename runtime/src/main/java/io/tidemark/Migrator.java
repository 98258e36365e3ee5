package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.dialect.Statement;
import io.tidemark.executor.LockRetry;
import io.tidemark.executor.Scripts;
import io.tidemark.history.VersionTable;
import io.tidemark.registry.ChainLoader;
import io.tidemark.registry.RevisionSourceWriter;
import io.tidemark.registry.UncommittedRevisions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Tidemark's library API: applies, reverts, stamps and inspects the revision chain on one
 * database, or prints the SQL offline. Build it with {@link #builder()}; every command opens
 * its own connection and closes it before returning. Each command is a class of its own in
 * this package ({@code UpgradeCommand}, {@code StatusCommand}, ...); this class loads the chain
 * and hands it to them.
 */
public final class Migrator {
  private final MigratorBuilder settings;
  private final VersionTable table;
  private RevisionGraph<RevisionNode> graph;

  Migrator(MigratorBuilder settings) {
    this.settings = settings;
    this.table = new VersionTable(settings.versionSchema, settings.versionTable);
  }

  public static MigratorBuilder builder() {
    return new MigratorBuilder();
  }

  /**
   * Hears about each revision as it runs, for progress output. Consecutive all-transactional
   * upgrades run pipelined, in one round trip; their events come together once the group has
   * committed, each with the execution time the server recorded for it.
   */
  public interface Listener {
    default void starting(RevisionNode revision, boolean upgrade, int index, int total) {}

    /**
     * After {@link #starting}: the revision continues a run of it that stopped after
     * {@code completed} of its {@code steps}.
     */
    default void resuming(RevisionNode revision, boolean upgrade, int completed, int steps) {}

    default void finished(RevisionRun run, int index, int total) {}

    /**
     * The migration lock is held by another session: called when this command first finds it
     * taken, then every ten seconds while it waits (see {@link MigratorBuilder#lockWait}).
     */
    default void waitingForLock(LockHolder holder, Duration waited) {}

    /**
     * After {@link #starting}: an attempt at a transactional part of the revision timed out
     * waiting for a table lock and was rolled back; the part runs again after
     * {@code wait.delay()} (see {@link MigratorBuilder#lockRetryBudget}). Called once per
     * attempt.
     */
    default void lockTimedOut(LockWait wait) {}
  }

  /**
   * The validated revision graph (loaded once); every revision's lock settings are checked too
   * (TM152), so a bad one fails before any database work.
   */
  public synchronized RevisionGraph<RevisionNode> graph() {
    if (graph == null) {
      RevisionGraph<RevisionNode> loaded;
      if (settings.migrations != null) {
        loaded = ChainLoader.of(settings.migrations);
      } else if (settings.revisionPackage == null) {
        loaded = ChainLoader.load(settings.classLoader);
      } else {
        loaded = ChainLoader.load(settings.classLoader, settings.revisionPackage);
      }
      for (RevisionNode node : loaded.ordered()) {
        LockRetry.check(node);
      }
      graph = loaded;
    }
    return graph;
  }

  /** A fresh context for one command: each command renders and caches on its own thread. */
  private CommandContext context() {
    return new CommandContext(settings, table, new Scripts(table), graph());
  }

  /** Applies what {@code target} needs; returns the revisions run, in order. */
  public List<RevisionRun> upgrade(String target) {
    return upgrade(target, false);
  }

  /**
   * Applies what {@code target} needs. With {@code repair}, applied revisions whose code
   * changed are accepted first (their new checksum is stored); without, they stop the run.
   */
  public List<RevisionRun> upgrade(String target, boolean repair) {
    return new UpgradeCommand(context()).upgrade(target, repair);
  }

  /** Reverts down to {@code target}; returns the revisions reverted, in order. */
  public List<RevisionRun> downgrade(String target) {
    return downgrade(target, false);
  }

  /**
   * Reverts down to {@code target}. As for {@link #upgrade(String, boolean)}, applied
   * revisions whose code changed stop the run unless {@code repair} accepts them first.
   */
  public List<RevisionRun> downgrade(String target, boolean repair) {
    return new UpgradeCommand(context()).downgrade(target, repair);
  }

  /** Accepts the current code of every changed applied revision; returns their ids. */
  public List<String> repair() {
    return new StampCommand(context()).repair();
  }

  /**
   * Makes the version table say the database stands at {@code target}, running no
   * migration: for baselining a database built by hand, after fixing a partial revision, or
   * to accept changed applied revisions. Rows the code does not know are removed.
   */
  public StampResult stamp(String target) {
    return new StampCommand(context()).stamp(target);
  }

  /** What {@link #stamp} changed: the heads now recorded and the rows added, removed, accepted. */
  public record StampResult(List<String> heads, List<String> added, List<String> removed,
      List<String> accepted) {}

  /** Compares the database with the code; reads only, takes no lock. */
  public MigrationStatus status() {
    return new StatusCommand(context()).status();
  }

  /**
   * Fails unless the database is exactly at the code's heads: for an application that runs
   * its migrations in a separate deploy step and must not start against an older schema.
   * Throws TM121 for a revision the code does not know, TM124 to TM126 for a version table
   * that contradicts the code or itself, TM120 for an applied revision whose code changed, and
   * TM122 for pending revisions; returns the status when all is well.
   */
  public MigrationStatus requireUpToDate() {
    return new StatusCommand(context()).requireUpToDate();
  }

  /**
   * Compares the live schema with the model of the revision the database is at (the
   * snapshot the processor puts on the class path for the head revision), under the migration
   * lock so that no run is half way: tables, columns, keys, checks, foreign keys, indexes,
   * TimescaleDB settings and policies, continuous aggregates. Objects the model does not
   * express (views, triggers, functions, ...) are not compared. Throws TM161 when the class
   * path holds no model of that revision.
   */
  public Drift drift() {
    return new DriftCommand(context()).drift();
  }

  /**
   * Reads the live schema of the database as the drift check does (the version table left
   * out), without the migration lock: for tests that compare the catalog at two points, such
   * as a walk down the chain and up again.
   */
  public LiveSchema liveSchema() {
    return new DriftCommand(context()).liveSchema();
  }

  /**
   * Fails with TM160, listing every difference, unless the live schema matches the model of
   * the revision the database is at: for an application's start-up check, after
   * {@link #requireUpToDate()}.
   */
  public Drift requireNoDrift() {
    return new DriftCommand(context()).requireNoDrift();
  }

  /** The offline SQL that upgrades along {@code range} ({@code to} or {@code from:to}). */
  public String upgradeSql(String range) {
    return new OfflineCommand(context()).sql(range, true);
  }

  /** The offline SQL that downgrades along {@code range}, which must be {@code from:to}. */
  public String downgradeSql(String range) {
    return new OfflineCommand(context()).sql(range, false);
  }

  /** Revisions newest first, limited to {@code range} ({@code from:to}, either side optional). */
  public List<RevisionNode> history(String range) {
    return new HistoryCommand(context()).history(range);
  }

  /** The revision a target names, with its rendered SQL and checksum. */
  public RevisionDetails show(String target) {
    return new HistoryCommand(context()).show(target);
  }

  /** One revision as {@link #show} returns it. */
  public record RevisionDetails(RevisionNode revision, List<Statement> upgrade,
      List<Statement> downgrade, String checksum) {}

  /**
   * Writes an empty revision class on the current head(s) into {@code sourceRoot} under
   * {@code packageName}, numbered after the highest revision in the chain or on disk.
   */
  public Path revision(String message, Path sourceRoot, String packageName) {
    return new RevisionSourceWriter(sourceRoot, packageName).write(graph(), message);
  }

  /**
   * Reads the live catalog and writes one entity class per table and continuous aggregate into
   * {@code sourceRoot} under {@code packageName}; lists the objects the model cannot express.
   * Refuses (TM162, writing nothing) a package folder that holds Java sources unless
   * {@code force}.
   */
  public ImportResult importEntities(Path sourceRoot, String packageName, boolean force) {
    return new ImportCommand(context()).entities(sourceRoot, packageName, force);
  }

  /**
   * Writes a hand-written revision on the current head(s) that creates the objects of the live
   * database the model cannot express (views, triggers, functions, ...) and drops them on
   * downgrade; writes nothing when there are none.
   */
  public ImportResult importUnmodelled(Path sourceRoot, String packageName, String message) {
    return new ImportCommand(context()).unmodelled(sourceRoot, packageName, message);
  }

  /**
   * Removes the generated revisions that are not committed to git yet, with their snapshots,
   * so that the next compile writes one revision for the whole model change; returns the files,
   * and with {@code dryRun} only lists them. With a database configured (a URL or a data
   * source), a revision applied there is never removed. Throws TM147, deleting nothing, when a
   * revision cannot go (written by hand, applied, or a committed revision builds on it).
   */
  public List<Path> squashUncommitted(Path sourceRoot, String packageName, boolean dryRun) {
    UncommittedRevisions uncommitted = new UncommittedRevisions(sourceRoot, packageName);
    List<String> applied = settings.url == null && settings.dataSource == null ? List.of()
        : status().applied().stream().map(AppliedRevision::id).toList();
    List<Path> files = uncommitted.find(applied);
    if (!dryRun) {
      UncommittedRevisions.remove(files);
    }
    return files;
  }
}
