package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.it.ScratchProject.Build;
import io.tidemark.testing.PostgresServer;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Drives one scratch Maven project through the user's loop with real {@code mvn} builds; the
 * steps share the project and run in order, each starting from the state the previous left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScratchProjectIT {
  private static final String REVISIONS = "src/main/java/com/example/db";
  private static final String CUSTOMER = "src/main/java/com/example/model/Customer.java";
  private static final Pattern REVISION_SOURCE =
      Pattern.compile("Rev(\\d{4})_[0-9a-f]{6}_[A-Za-z0-9]+\\.java");

  private ScratchProject project;
  private PostgresServer server;
  /** The compiled scratch application and its runtime dependencies, once step 8 built them. */
  private String appClasspath;
  private String databaseUrl;

  @BeforeAll
  void createProject() {
    project = ScratchProject.create("scratch");
    server = PostgresServer.get();
  }

  @Test
  @Order(1)
  void compile_newModel_writesExactlyOneRevisionAndItsSnapshot() {
    Build build = project.mvn("compile");

    assertTrue(build.succeeded(), build.tail());
    List<String> files = revisionFiles();
    assertEquals(2, files.size(), "expected one revision and its snapshot, got " + files);
    String source = revisionSources(files).get(0);
    assertRevision(source, 1, files);
    String revision = FileTrees.read(project.resolve(REVISIONS).resolve(source));
    assertEquals(2, OperationCalls.count(revision).get("createTable"),
        "two tables expected in " + source + ":\n" + revision);
    assertTrue(revision.contains("\"customer\"") && revision.contains("\"purchase_order\""),
        revision);
    Path classes = project.resolve("target/classes");
    assertTrue(Files.isRegularFile(classes.resolve("com/example/db/"
        + source.replace(".java", ".class"))), "revision not compiled in the same build");
    assertTrue(Files.isRegularFile(
        classes.resolve("META-INF/services/io.tidemark.RevisionRegistry")),
        "registry not registered for ServiceLoader");
  }

  @Test
  @Order(2)
  void compile_noModelChange_writesNothingAndKeepsClassesByteIdentical() {
    List<String> before = revisionFiles();
    Map<String, String> classes = FileTrees.hashes(project.resolve("target/classes"));

    Build build = project.mvn("compile");

    assertTrue(build.succeeded(), build.tail());
    assertEquals(before, revisionFiles(), build.tail());
    assertEquals(classes, FileTrees.hashes(project.resolve("target/classes")), build.tail());
  }

  @Test
  @Order(3)
  void compile_fieldAdded_writesOneRevisionHoldingOnlyThatColumn() {
    List<String> before = revisionFiles();
    project.replace(CUSTOMER, "Customer-with-email.java");

    Build build = project.mvn("compile");

    assertTrue(build.succeeded(), build.tail());
    List<String> added = new ArrayList<>(revisionFiles());
    added.removeAll(before);
    assertEquals(2, added.size(), "expected one more revision and its snapshot, got " + added);
    String source = revisionSources(added).get(0);
    assertRevision(source, 2, added);
    String revision = FileTrees.read(project.resolve(REVISIONS).resolve(source));
    assertEquals(Map.of("addColumn", 1, "dropColumn", 1), OperationCalls.count(revision),
        "operations of " + source + ":\n" + revision);
    assertTrue(revision.contains("\"email\"") && revision.contains("\"customer\""), revision);
    String parent = revisionSources(before).get(0).substring(3, 14);
    assertTrue(revision.contains("\"" + parent + "\""), "parent " + parent + " missing:\n"
        + revision);
  }

  @Test
  @Order(4)
  void cleanCompile_noModelChange_writesNothingAndRebuildsIdenticalClasses() {
    List<String> before = revisionFiles();
    Map<String, String> classes = FileTrees.hashes(project.resolve("target/classes"));

    Build build = project.mvn("clean", "compile");

    assertTrue(build.succeeded(), build.tail());
    assertEquals(before, revisionFiles(), build.tail());
    assertEquals(classes, FileTrees.hashes(project.resolve("target/classes")), build.tail());
  }

  @Test
  @Order(5)
  void nonIncrementalCompile_unrelatedSourceTouched_writesNothing() throws IOException {
    List<String> before = revisionFiles();
    Path customerClass = project.resolve("target/classes/com/example/model/Customer.class");
    long customerCompiled = Files.getLastModifiedTime(customerClass).toMillis();
    Path utilClass = project.resolve("target/classes/com/example/util/Util.class");
    String utilHash = FileTrees.hashes(utilClass.getParent()).get("Util.class");
    project.replace("src/main/java/com/example/util/Util.java", "Util-touched.java");

    Build build = project.mvn("compile", "-Dmaven.compiler.useIncrementalCompilation=false");

    assertTrue(build.succeeded(), build.tail());
    assertNotEquals(utilHash, FileTrees.hashes(utilClass.getParent()).get("Util.class"),
        "Util.java was not recompiled: " + build.tail());
    assertEquals(customerCompiled, Files.getLastModifiedTime(customerClass).toMillis(),
        "Customer.java was recompiled too, so this build did not test a partial compile");
    assertEquals(before, revisionFiles(), build.tail());
  }

  @Test
  @Order(6)
  void compile_failOnChangeOption_failsNamingTheChangeAndWritesNothing() {
    List<String> before = revisionFiles();
    project.replace(CUSTOMER, "Customer-with-phone.java");

    Build build = project.mvn("compile", "-Dtidemark.failOnChange=true");

    assertNotEquals(0, build.exitCode(), build.tail());
    assertTrue(build.output().contains("customer.phone"),
        "the error does not name the change: " + build.tail());
    assertEquals(before, revisionFiles(), build.tail());
  }

  @Test
  @Order(7)
  void compile_ciEnvironment_failsNamingTheChangeAndWritesNothing() {
    List<String> before = revisionFiles();
    project.replace(CUSTOMER, "Customer-with-phone.java");

    Build build = project.mvn(Map.of("CI", "true"), "compile");

    assertNotEquals(0, build.exitCode(), build.tail());
    assertTrue(build.output().contains("customer.phone"),
        "the error does not name the change: " + build.tail());
    assertEquals(before, revisionFiles(), build.tail());
  }

  @Test
  @Order(8)
  void cliUpgradeHead_compiledScratchApp_createsTheTables() throws Exception {
    project.replace(CUSTOMER, "Customer-with-email.java");
    List<String> before = revisionFiles();
    Build compile = project.mvn("compile");
    assertTrue(compile.succeeded(), compile.tail());
    assertEquals(before, revisionFiles(), compile.tail());
    Path classpathFile = project.dir().resolveSibling("classpath.txt");
    Build classpath = project.mvn("dependency:build-classpath",
        "-Dmdep.outputFile=" + classpathFile, "-Dmdep.includeScope=runtime");
    assertTrue(classpath.succeeded(), classpath.tail());
    String url = server.createDatabase("scratch_cli");
    appClasspath = project.resolve("target/classes") + File.pathSeparator
        + FileTrees.read(classpathFile).strip();
    databaseUrl = url + "?user=" + server.user() + "&password=" + server.password();

    Cli.Result result = Cli.run(appClasspath, "upgrade", "head", "--url", databaseUrl);

    assertEquals(0, result.exitCode(), result.output());
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("email", "id", "name"), columns(c, "customer"));
      assertEquals(List.of("customer_id", "id", "placed_at", "total"),
          columns(c, "purchase_order"));
      try (ResultSet rs = c.createStatement().executeQuery(
          "select count(*) from tidemark_version")) {
        rs.next();
        assertEquals(2, rs.getInt(1), "version rows after upgrade head");
      }
    }
  }

  @Test
  @Order(9)
  void cliShow_eachGeneratedRevision_printsTheSqlItsJavadocShows() {
    List<String> sources = revisionSources(revisionFiles());
    assertEquals(2, sources.size(), sources.toString());
    for (String source : sources) {
      String revision = FileTrees.read(project.resolve(REVISIONS).resolve(source));
      String id = source.substring(3, 14);

      Cli.Result show = Cli.run(appClasspath, "show", id, "--url", databaseUrl);

      assertEquals(0, show.exitCode(), show.output());
      List<List<String>> javadoc = javadocSql(revision);
      assertEquals(2, javadoc.size(), "upgrade and downgrade SQL in the Javadoc of " + source);
      assertTrue(javadoc.get(0).get(0).startsWith("CREATE TABLE")
          || javadoc.get(0).get(0).startsWith("ALTER TABLE"), revision);
      assertEquals(javadoc, shownSql(show.output()), source);
    }
  }

  /** The lines of each {@code <pre>{@code ...}</pre>} block of a revision's Javadoc. */
  private static List<List<String>> javadocSql(String revision) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : revision.lines().toList()) {
      if (line.equals(" * <pre>{@code")) {
        block = new ArrayList<>();
      } else if (line.equals(" * }</pre>")) {
        blocks.add(block);
        block = null;
      } else if (block != null) {
        block.add(line.equals(" *") ? "" : line.substring(3));
      }
    }
    return blocks;
  }

  /** The lines under {@code Upgrade:} and {@code Downgrade:} of {@code tidemark show}. */
  private static List<List<String>> shownSql(String output) {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    for (String line : output.lines().toList()) {
      if (line.equals("Upgrade:") || line.equals("Downgrade:")) {
        block = new ArrayList<>();
        blocks.add(block);
      } else if (block != null && line.startsWith("  ")) {
        block.add(line.substring(2));
      } else {
        block = null;
      }
    }
    return blocks;
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(
        "select column_name from information_schema.columns where table_schema = 'public'"
            + " and table_name = '" + table + "' order by column_name")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    return columns;
  }

  private void assertRevision(String source, int sequence, List<String> files) {
    var matcher = REVISION_SOURCE.matcher(source);
    assertTrue(matcher.matches(), "not a revision file name: " + source);
    assertEquals(sequence, Integer.parseInt(matcher.group(1)), source);
    assertTrue(files.contains(source.replace(".java", ".snapshot.json")),
        "no snapshot beside " + source + ": " + files);
  }

  private static List<String> revisionSources(List<String> files) {
    return files.stream().filter(f -> f.endsWith(".java")).toList();
  }

  /** File names in the revision package on disk, sorted. */
  private List<String> revisionFiles() {
    Path dir = project.resolve(REVISIONS);
    return FileTrees.files(dir).stream().map(p -> dir.relativize(p).toString()).toList();
  }
}
