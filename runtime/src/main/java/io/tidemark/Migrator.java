package io.tidemark;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.RevisionNode;
import io.tidemark.chain.RevisionSourceWriter;
import io.tidemark.chain.Targets;
import io.tidemark.dialect.Statement;
import io.tidemark.executor.Connector;
import io.tidemark.executor.OfflineScript;
import io.tidemark.executor.RevisionScript;
import io.tidemark.executor.Scripts;
import io.tidemark.executor.Session;
import io.tidemark.history.AppliedRevision;
import io.tidemark.history.VersionTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tidemark's library API: applies, reverts, stamps and inspects the revision chain on one
 * database, or prints the SQL offline. Build it with {@link #builder()}; every command opens
 * its own connection and closes it before returning.
 */
public final class Migrator {
  private final MigratorBuilder settings;
  private final VersionTable table;
  private final Scripts scripts;
  private RevisionGraph graph;
  private boolean checksumming;

  Migrator(MigratorBuilder settings) {
    this.settings = settings;
    this.table = new VersionTable(settings.versionSchema, settings.versionTable);
    this.scripts = new Scripts(table);
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

    default void finished(RevisionRun run, int index, int total) {}
  }

  /** The validated revision graph (loaded once). */
  public synchronized RevisionGraph graph() {
    if (graph == null) {
      if (settings.migrations != null) {
        graph = RevisionGraph.of(settings.migrations);
      } else if (settings.revisionPackage == null) {
        graph = loadAll(settings.classLoader);
      } else {
        graph = RevisionGraph.of(registered(settings.classLoader, settings.revisionPackage));
      }
    }
    return graph;
  }

  /**
   * The graph, with its revisions' checksums being computed on a helper thread while this one
   * connects and reads the version table, so the checks that follow find most of them done.
   */
  private synchronized RevisionGraph checksummedGraph() {
    RevisionGraph chain = graph();
    if (!checksumming) {
      checksumming = true;
      scripts.checksumInBackground(chain.ordered());
    }
    return chain;
  }

  private static RevisionGraph loadAll(ClassLoader loader) {
    try {
      return RevisionGraph.load(loader);
    } catch (TidemarkException e) {
      Set<String> packages = new TreeSet<>();
      ServiceLoader.load(RevisionRegistry.class, loader)
          .forEach(registry -> packages.add(registry.getClass().getPackageName()));
      if (e.code() != ErrorCode.TM105 || packages.size() < 2) {
        throw e;
      }
      throw new TidemarkException(ErrorCode.TM105, e.reason() + " The class path holds revision "
          + "registries in " + packages.size() + " packages (" + String.join(", ", packages)
          + "): if they are separate migration sets, choose one with revisionPackage (CLI: "
          + "--revision-package) and give each its own version table.", e);
    }
  }

  private static List<Migration> registered(ClassLoader loader, String packageName) {
    List<Migration> migrations = new ArrayList<>();
    Set<String> packages = new TreeSet<>();
    boolean found = false;
    for (RevisionRegistry registry : ServiceLoader.load(RevisionRegistry.class, loader)) {
      String registryPackage = registry.getClass().getPackageName();
      packages.add(registryPackage);
      if (registryPackage.equals(packageName)) {
        found = true;
        migrations.addAll(registry.revisions());
      }
    }
    if (!found) {
      throw new TidemarkException(ErrorCode.TM108, "No revision registry in package '"
          + packageName + "' is on the class path (registries found in: "
          + (packages.isEmpty() ? "none" : String.join(", ", packages)) + "). Name the "
          + "package of the revision classes, as given to the processor with "
          + "-Atidemark.package, and make sure its compiled classes are on the class path.");
    }
    return migrations;
  }

  private Session open(boolean write) {
    Connector connector = settings.dataSource != null
        ? Connector.forDataSource(settings.dataSource, settings.connectRetries,
            settings.connectRetryDelay)
        : Connector.forUrl(settings.url, settings.user, settings.password,
            settings.connectRetries, settings.connectRetryDelay);
    return Session.open(connector, table, settings.lockTimeout, settings.statementTimeout, write);
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
    RevisionGraph chain = checksummedGraph();
    try (Session session = open(true)) {
      Set<String> applied = known(session.applied());
      List<String> changed = changed(session.applied());
      if (!changed.isEmpty()) {
        if (!repair) {
          throw changedError(changed, session.applied());
        }
        session.runTransaction(acceptChecksums(changed));
      }
      return run(session, new Targets(chain).upgrade(applied, target), true);
    }
  }

  /** Reverts down to {@code target}; returns the revisions reverted, in order. */
  public List<RevisionRun> downgrade(String target) {
    RevisionGraph chain = graph();
    try (Session session = open(true)) {
      Set<String> applied = known(session.applied());
      return run(session, new Targets(chain).downgrade(applied, target), false);
    }
  }

  private List<RevisionRun> run(Session session, List<RevisionNode> plan, boolean upgrade) {
    return new PlanRunner(session, scripts, table, settings.listener).run(plan, upgrade);
  }

  /** Accepts the current code of every changed applied revision; returns their ids. */
  public List<String> repair() {
    checksummedGraph();
    try (Session session = open(true)) {
      known(session.applied());
      List<String> changed = changed(session.applied());
      if (!changed.isEmpty()) {
        session.runTransaction(acceptChecksums(changed));
      }
      return changed;
    }
  }

  /**
   * Makes the version table say the database stands at {@code target}, running no
   * migration: for baselining a database built by hand, after fixing a partial revision, or
   * to accept changed applied revisions. Rows the code does not know are removed.
   */
  public StampResult stamp(String target) {
    RevisionGraph chain = checksummedGraph();
    try (Session session = open(true)) {
      Map<String, AppliedRevision> rows = new LinkedHashMap<>();
      session.applied().forEach(row -> rows.put(row.id(), row));
      Set<String> applied = new HashSet<>(rows.keySet());
      applied.removeIf(id -> !chain.contains(id));
      Set<String> wanted = new Targets(chain).state(applied, target);
      List<String> delete = rows.keySet().stream().filter(id -> !wanted.contains(id)).toList();
      Map<RevisionNode, String> insert = new LinkedHashMap<>();
      Map<String, String> accept = new LinkedHashMap<>();
      for (RevisionNode node : chain.inOrder(wanted)) {
        AppliedRevision row = rows.get(node.id());
        if (row == null) {
          insert.put(node, scripts.checksum(node));
        } else if (!row.checksum().equals(scripts.checksum(node))) {
          accept.put(node.id(), scripts.checksum(node));
        }
      }
      session.runTransaction(table.recordStamp(insert, delete, accept));
      return new StampResult(chain.headsOf(wanted),
          insert.keySet().stream().map(RevisionNode::id).toList(), delete,
          List.copyOf(accept.keySet()));
    }
  }

  /** What {@link #stamp} changed: the heads now recorded and the rows added, removed, accepted. */
  public record StampResult(List<String> heads, List<String> added, List<String> removed,
      List<String> accepted) {}

  /** Compares the database with the code; reads only, takes no lock. */
  public MigrationStatus status() {
    RevisionGraph chain = checksummedGraph();
    try (Session session = open(false)) {
      List<AppliedRevision> rows = session.applied();
      Set<String> applied = new HashSet<>();
      List<String> unknown = new ArrayList<>();
      for (AppliedRevision row : rows) {
        (chain.contains(row.id()) ? applied : unknown).add(row.id());
      }
      List<String> heads = rows.stream().filter(AppliedRevision::head).map(AppliedRevision::id)
          .toList();
      List<RevisionNode> pending = new Targets(chain).upgrade(applied, "heads");
      return new MigrationStatus(rows, heads, pending, changed(rows), unknown);
    }
  }

  /**
   * Fails unless the database is exactly at the code's heads: for an application that runs
   * its migrations in a separate deploy step and must not start against an older schema.
   * Throws TM121 for a revision the code does not know, TM120 for an applied revision whose
   * code changed, and TM122 for pending revisions; returns the status when all is well.
   */
  public MigrationStatus requireUpToDate() {
    MigrationStatus status = status();
    if (!status.unknown().isEmpty()) {
      String id = status.unknown().get(0);
      throw new TidemarkException(ErrorCode.TM121, "The database has revision" + (status
          .unknown().size() > 1 ? "s " + status.unknown() : " " + id) + " applied, but the code"
          + " does not contain it. Run the code that has it, or 'stamp' the revision the"
          + " database really is at.", id, null, null);
    }
    if (!status.changed().isEmpty()) {
      throw changedError(status.changed(), status.applied());
    }
    if (!status.pending().isEmpty()) {
      List<String> pending = status.pending().stream().map(RevisionNode::id).toList();
      throw new TidemarkException(ErrorCode.TM122, "The database is at " + (status
          .currentHeads().isEmpty() ? "base" : String.join(", ", status.currentHeads()))
          + " and " + pending.size() + " revision(s) are pending: " + String.join(", ", pending)
          + ". Run 'upgrade heads' (or Migrator.upgrade(\"heads\")) before starting.",
          pending.get(0), null, null);
    }
    return status;
  }

  /** The offline SQL that upgrades along {@code range} ({@code to} or {@code from:to}). */
  public String upgradeSql(String range) {
    return offline(range, true);
  }

  /** The offline SQL that downgrades along {@code range}, which must be {@code from:to}. */
  public String downgradeSql(String range) {
    return offline(range, false);
  }

  private String offline(String range, boolean upgrade) {
    RevisionGraph chain = graph();
    int colon = range.indexOf(':');
    if (!upgrade && colon < 0) {
      throw new TidemarkException(ErrorCode.TM113, "Offline downgrade needs a range from:to, "
          + "for example 'downgrade head:base --sql'; without a database the starting point "
          + "is unknown.");
    }
    String from = colon < 0 || colon == 0 ? "base" : range.substring(0, colon);
    String to = colon < 0 ? range : range.substring(colon + 1);
    if (to.isBlank()) {
      throw new TidemarkException(ErrorCode.TM113, "The range '" + range + "' has no end; "
          + "write from:to.");
    }
    Targets targets = new Targets(chain);
    Set<String> start = targets.state(Set.of(), from);
    List<RevisionNode> plan = upgrade ? targets.upgrade(start, to) : targets.downgrade(start, to);
    List<RevisionScript> scriptList = plan.stream()
        .map(node -> upgrade ? scripts.upgrade(node, null) : scripts.downgrade(node)).toList();
    return OfflineScript.write((upgrade ? "upgrade " : "downgrade ") + from + ":" + to, table,
        scriptList, settings.lockTimeout, settings.statementTimeout);
  }

  /** Revisions newest first, limited to {@code range} ({@code from:to}, either side optional). */
  public List<RevisionNode> history(String range) {
    RevisionGraph chain = graph();
    Set<String> selected = new HashSet<>();
    chain.ordered().forEach(node -> selected.add(node.id()));
    if (range != null && !range.isBlank()) {
      Targets targets = new Targets(chain);
      int colon = range.indexOf(':');
      String from = colon < 0 ? range : range.substring(0, colon);
      String to = colon < 0 ? range : range.substring(colon + 1);
      Set<String> current = range.contains("current") ? known(statusRows()) : Set.of();
      if (!to.isBlank()) {
        selected.retainAll(chain.withAncestors(targets.resolve(current, to)));
      }
      if (!from.isBlank() && !targets.resolve(current, from).isEmpty()) {
        selected.retainAll(chain.withDescendants(targets.resolve(current, from)));
      }
    }
    List<RevisionNode> newestFirst = new ArrayList<>(chain.inOrder(selected));
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  private List<AppliedRevision> statusRows() {
    try (Session session = open(false)) {
      return session.applied();
    }
  }

  /** The revision a target names, with its rendered SQL and checksum. */
  public RevisionDetails show(String target) {
    RevisionNode node = new Targets(graph()).single(Set.of(), target);
    return new RevisionDetails(node, scripts.render(node, true), scripts.render(node, false),
        scripts.checksum(node));
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

  private Set<String> known(List<AppliedRevision> rows) {
    RevisionGraph chain = graph();
    Set<String> ids = new HashSet<>();
    for (AppliedRevision row : rows) {
      if (!chain.contains(row.id())) {
        throw new TidemarkException(ErrorCode.TM121, "The database has revision " + row.id()
            + " (" + row.message() + ") applied, but the code does not contain it. Run the "
            + "code that has it (to downgrade), or 'stamp' the revision the database really "
            + "is at.", row.id(), null, null);
      }
      ids.add(row.id());
    }
    return ids;
  }

  private List<String> changed(List<AppliedRevision> rows) {
    RevisionGraph chain = graph();
    List<String> changed = new ArrayList<>();
    for (AppliedRevision row : rows) {
      if (chain.contains(row.id())
          && !row.checksum().equals(scripts.checksum(chain.get(row.id())))) {
        changed.add(row.id());
      }
    }
    return changed;
  }

  private List<String> acceptChecksums(List<String> ids) {
    return ids.stream()
        .map(id -> table.updateChecksum(id, scripts.checksum(graph().get(id)))).toList();
  }

  private TidemarkException changedError(List<String> changed, List<AppliedRevision> rows) {
    String first = changed.get(0);
    String stored = rows.stream().filter(row -> row.id().equals(first)).findFirst()
        .map(AppliedRevision::checksum).orElse("?");
    return new TidemarkException(ErrorCode.TM120, "Applied revision" + (changed.size() > 1
        ? "s " + changed + " were" : " " + first + " was") + " changed after being applied "
        + "(checksum in database " + abbreviate(stored) + ", in code "
        + abbreviate(scripts.checksum(graph().get(first))) + "). Nothing was run. Undo the "
        + "change and add a new revision instead, or accept it with 'upgrade --repair' or "
        + "'stamp'.", first, null, null);
  }

  private static String abbreviate(String checksum) {
    return checksum.length() > 12 ? checksum.substring(0, 12) : checksum;
  }
}
