package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import io.tidemark.snapshot.TableNode;
import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Compiles successive versions of one entity model ({@code v1..vN} in its inputs folder)
 * with the real processor, keeping the revision directory between versions like a user's
 * source tree, and after each version runs the chain on one PostgreSQL database:
 * {@code upgrade head} must give the catalog a fresh database gets from the snapshot alone,
 * {@code downgrade -1} the catalog of the version before and {@code upgrade head} the same
 * catalog again, and the checks a subclass gives must hold of the rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ModelSeries {
  private final String name;
  private final Path inputs;
  private final int versions;
  private final String revisionPackage;
  private final PostgresServer server = PostgresServer.get();
  private final Map<Integer, Catalog> catalogs = new HashMap<>();
  private final Map<Integer, Path> classes = new HashMap<>();
  private final Map<Integer, String> snapshots = new HashMap<>();
  private Path work;
  private Path revisionRoot;
  private String database;

  /**
   * A series named {@code name} (its work directory and database), read from {@code inputs},
   * whose model classes are in {@code modelPackage}; revisions go to {@code modelPackage.db}.
   */
  ModelSeries(String name, Path inputs, int versions, String modelPackage) {
    this.name = name;
    this.inputs = inputs;
    this.versions = versions;
    this.revisionPackage = modelPackage + ".db";
  }

  /** A series under {@code src/test/resources/series/<name>}. */
  ModelSeries(String name, int versions, String modelPackage) {
    this(name, ItPaths.path("tidemark.seriesInputs").resolve(name), versions, modelPackage);
  }

  /** Processor options a series adds to those every build has ({@code -Atidemark.comments}). */
  List<String> processorOptions() {
    return List.of();
  }

  /** What must be true of the rows after version {@code v}, written or read by a subclass. */
  Optional<RoundTripData.Check> check(int v) {
    return Optional.empty();
  }

  @BeforeAll
  void createDatabase() throws IOException, SQLException {
    work = ItPaths.freshWorkDir(name);
    revisionRoot = Files.createDirectories(work.resolve("src"));
    database = server.createDatabase(name);
    catalogs.put(0, catalog(database));
  }

  @TestFactory
  Stream<DynamicNode> modelVersions_eachUpgradedAndDowngraded_catalogFollowsSnapshots() {
    return Stream.concat(
        IntStream.rangeClosed(1, versions).mapToObj(this::version),
        Stream.of(dynamicTest("downgradeBase_afterLastVersion_leavesOnlyVersionTable",
            this::downgradeBase)));
  }

  private DynamicNode version(int v) {
    List<DynamicNode> steps = new ArrayList<>(List.of(
        dynamicTest("compile_v" + v + "_writesOneRevisionAndSnapshot", () -> compile(v)),
        dynamicTest("upgradeHead_v" + v + "_catalogEqualsFreshDatabaseFromSnapshot",
            () -> upgrade(v)),
        dynamicTest("upgradeHead_v" + v + "_tablesAndColumnsEqualSnapshotJson",
            () -> compareWithSnapshotJson(v)),
        dynamicTest("downgradeMinusOne_v" + v + "_restoresCatalogOfV" + (v - 1),
            () -> downgradeOneAndBack(v))));
    Path golden = inputs.resolve("expected/v" + v + "-catalog.txt");
    if (Files.exists(golden)) {
      // reviewed by hand against the model and DESIGN.md's naming rules: an oracle that does
      // not come from the processor's own reading of the annotations
      steps.add(dynamicTest("upgradeHead_v" + v + "_catalogEqualsReviewedExpectation",
          () -> assertEquals(FileTrees.read(golden), requireCatalog(v).toString())));
    }
    check(v).ifPresent(check -> steps.add(dynamicTest(check.name(),
        () -> {
          try (Connection c = server.connectUrl(database)) {
            check.run(c);
          }
        })));
    return dynamicContainer("v" + v, steps);
  }

  private void compile(int v) {
    Path revisions = revisionRoot.resolve(revisionPackage.replace('.', '/'));
    List<String> before = names(revisions);
    List<Path> sources = new ArrayList<>(FileTrees.files(inputs.resolve("v" + v)));
    sources.addAll(FileTrees.files(revisions).stream()
        .filter(p -> p.toString().endsWith(".java")).toList());
    Path out = work.resolve("build/v" + v);

    List<String> options =
        new ArrayList<>(ModelCompiler.processorOptions(revisionRoot, revisionPackage));
    options.addAll(processorOptions());
    List<String> diagnostics = ModelCompiler.compile(sources, out.resolve("classes"),
        out.resolve("generated"), options);

    List<String> added = new ArrayList<>(names(revisions));
    added.removeAll(before);
    assertEquals(2, added.size(), "v" + v + " should add one revision and its snapshot, added "
        + added + "; diagnostics:\n" + String.join("\n", diagnostics));
    String source = added.stream().filter(n -> n.endsWith(".java")).findFirst().orElseThrow();
    String snapshot = source.replace(".java", ".snapshot.json");
    assertTrue(added.contains(snapshot), "no " + snapshot + " beside " + source);
    assertTrue(source.startsWith("Rev" + String.format("%04d", v) + "_"), source);
    List<String> generatedWarnings = diagnostics.stream()
        .filter(d -> d.startsWith("WARNING") || d.startsWith("MANDATORY_WARNING"))
        .filter(d -> d.contains(revisions.toString()) || d.contains(out.toString()))
        .toList();
    assertEquals(List.of(), generatedWarnings, "generated code must compile without warnings");
    classes.put(v, out.resolve("classes"));
    snapshots.put(v, FileTrees.read(revisions.resolve(snapshot)));
  }

  private void upgrade(int v) throws Exception {
    try (URLClassLoader loader = loader(v)) {
      Runner.upgrade(loader, database, "head");
    }
    Catalog actual = catalog(database);
    catalogs.put(v, actual);
    FileTrees.write(work.resolve("catalogs/v" + v + ".txt"), actual.toString());
    assertEquals(v, versionRows(), "one version row per applied revision after v" + v);
    String fresh = server.createDatabase(name + "_fresh_v" + v);
    Path freshClasses = SnapshotMigration.compile(snapshot(v), work.resolve("fresh/v" + v));
    try (URLClassLoader loader = Runner.classLoader(freshClasses)) {
      Runner.upgrade(loader, fresh, "head");
    }
    assertEquals(catalog(fresh).toString(), actual.toString(),
        "v" + v + ": the chain and a fresh database built from the snapshot differ");
  }

  private void compareWithSnapshotJson(int v) {
    Schema schema = SnapshotCodec.read(snapshot(v));
    Map<String, List<String>> expected = new TreeMap<>();
    for (TableNode table : schema.tables()) {
      expected.put((table.schema().isEmpty() ? "public" : table.schema()) + "." + table.name(),
          table.columns().stream().map(c -> c.name() + " " + c.type()
              + (c.nullable() ? " NULL" : " NOT NULL")).sorted().toList());
    }
    Map<String, List<String>> actual = new TreeMap<>();
    requireCatalog(v).tables().forEach((name, table) -> {
      if (table.view() == null) {
        actual.put(name, table.columns().stream()
            .map(c -> c.name() + " " + c.type() + (c.nullable() ? " NULL" : " NOT NULL"))
            .sorted().toList());
      }
    });
    assertEquals(expected, actual, "v" + v + ": live tables and columns differ from the snapshot");
  }

  private void downgradeOneAndBack(int v) throws Exception {
    Catalog current = requireCatalog(v);
    try (URLClassLoader loader = loader(v)) {
      Runner.downgrade(loader, database, "-1");
      assertEquals(requireCatalog(v - 1).toString(), catalog(database).toString(),
          "downgrade -1 from v" + v + " did not restore the catalog of v" + (v - 1));
      Runner.upgrade(loader, database, "head");
      assertEquals(current.toString(), catalog(database).toString(),
          "upgrade head after downgrade -1 did not restore the catalog of v" + v);
    }
  }

  private void downgradeBase() throws Exception {
    try (URLClassLoader loader = loader(versions)) {
      Runner.downgrade(loader, database, "base");
    }
    assertEquals(catalogs.get(0).toString(), catalog(database).toString(),
        "downgrade base must leave the database as it was before v1");
    try (Connection c = server.connectUrl(database);
        var rs = c.createStatement().executeQuery("select to_regclass('"
            + CatalogReader.VERSION_TABLE + "') is not null")) {
      rs.next();
      assertTrue(rs.getBoolean(1), "the version table must stay after downgrade base");
    }
  }

  private int versionRows() throws SQLException {
    try (Connection c = server.connectUrl(database);
        var rs = c.createStatement().executeQuery(
            "select count(*) from " + CatalogReader.VERSION_TABLE)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private URLClassLoader loader(int v) {
    Path dir = classes.get(v);
    if (dir == null) {
      throw new IllegalStateException("v" + v + " was not compiled; see its compile step");
    }
    return Runner.classLoader(dir);
  }

  private String snapshot(int v) {
    String json = snapshots.get(v);
    if (json == null) {
      throw new IllegalStateException("v" + v + " has no snapshot; see its compile step");
    }
    return json;
  }

  private Catalog requireCatalog(int v) {
    Catalog catalog = catalogs.get(v);
    if (catalog == null) {
      throw new IllegalStateException("no catalog recorded for v" + v + "; see its upgrade step");
    }
    return catalog;
  }

  private Catalog catalog(String url) throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      return CatalogReader.read(c);
    }
  }

  private static List<String> names(Path dir) {
    return FileTrees.files(dir).stream().map(p -> dir.relativize(p).toString()).toList();
  }
}
