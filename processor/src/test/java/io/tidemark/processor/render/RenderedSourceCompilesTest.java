package io.tidemark.processor.render;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tidemark.Migration;
import io.tidemark.Operations;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.snapshot.Nodes.TableBuilder;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Compiles rendered revisions with {@code -Xlint:all -Werror} against the runtime, loads them
 * and runs them on the runtime's {@link Operations}: each op of the diff becomes one recorded
 * operation that renders to the same SQL.
 */
class RenderedSourceCompilesTest {
  private record Case(Schema previous, Schema current, Renames renames) {}

  private static final List<Case> CASES = List.of(
      new Case(Schema.EMPTY, Revisions.shop(), Renames.NONE),
      new Case(Revisions.shop(), Revisions.shopEvolved(), Revisions.SHOP_RENAMES),
      new Case(Revisions.shopEvolved(), Revisions.shop(), Renames.NONE),
      new Case(Schema.EMPTY, Revisions.timescale(), Renames.NONE),
      new Case(Revisions.timescale(), Revisions.timescaleEvolved(), Renames.NONE),
      new Case(Revisions.timescaleEvolved(), Schema.EMPTY, Renames.NONE),
      new Case(Revisions.safeBefore(), Revisions.safeAfter(), Renames.NONE),
      new Case(Revisions.safeAfter(), Revisions.safeBefore(), Renames.NONE),
      new Case(Revisions.shop(), Revisions.shopWithKeysAndIndexes(), Renames.NONE),
      new Case(Revisions.enumShop(List.of("NEW", "PAID"), false),
          Revisions.enumShop(List.of("DRAFT", "NEW", "SETTLED"), true), Revisions.ENUM_RENAMES),
      new Case(Revisions.enumShop(List.of("DRAFT", "NEW", "SETTLED"), true),
          Revisions.enumShop(List.of("NEW", "SETTLED"), true), Renames.NONE),
      new Case(Schema.EMPTY, Revisions.generated(), Renames.NONE),
      new Case(Revisions.generated(), Revisions.generatedEvolved(), Renames.NONE),
      new Case(Schema.EMPTY, Revisions.sequences(), Renames.NONE),
      new Case(Revisions.sequences(), Revisions.sequencesEvolved(), Renames.NONE),
      new Case(Schema.EMPTY, Revisions.dimensions(), Renames.NONE),
      new Case(Revisions.dimensions(), Revisions.dimensionAdded(), Renames.NONE));

  @Test
  void renderedRevisionsAndRegistry_compileWithoutWarningsAndLoad_andRecordOpsOfTheSameSql() throws Exception {
    List<JavaFileObject> sources = new ArrayList<>();
    List<String> classNames = new ArrayList<>();
    List<DiffResult> diffs = new ArrayList<>();
    List<String> parents = List.of();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      DiffResult diff = SchemaDiffer.diff(c.previous(), c.current(), c.renames());
      RenderedRevision revision = RevisionRenderer.render(Revisions.PACKAGE, i + 1, parents, diff, c.current());
      sources.add(JavaFileObjects.forSourceString(Revisions.PACKAGE + "." + revision.className(),
          revision.javaSource()));
      classNames.add(revision.className());
      diffs.add(diff);
      parents = List.of(revision.id());
    }

    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror")
        .withClasspath(runtimeLocation())
        .compile(sources);
    assertThat(compilation).succeededWithoutWarnings();

    CompiledClassLoader loader = new CompiledClassLoader(compilation, getClass().getClassLoader());
    loader.add(Revisions.PACKAGE + "." + RegistryClass.NAME,
        RegistryClass.bytes(Revisions.PACKAGE, classNames));
    RevisionRegistry registry = (RevisionRegistry) loader
        .loadClass(Revisions.PACKAGE + ".TidemarkRevisions").getDeclaredConstructor().newInstance();
    List<Migration> revisions = registry.revisions();
    assertEquals(CASES.size(), revisions.size());
    for (int i = 0; i < revisions.size(); i++) {
      Migration migration = revisions.get(i);
      assertEquals(classNames.get(i), migration.getClass().getSimpleName());
      Operations upgrade = new Operations();
      migration.upgrade(upgrade);
      Operations downgrade = new Operations();
      migration.downgrade(downgrade);
      assertEquals(sql(diffs.get(i).upgrade()), sql(upgrade.recorded()), classNames.get(i));
      assertEquals(sql(diffs.get(i).downgrade()), sql(downgrade.recorded()), classNames.get(i));
    }
    Revision first = revisions.get(0).getClass().getAnnotation(Revision.class);
    assertEquals(0, first.parent().length);
    assertEquals(List.of(first.id()), List.of(revisions.get(1).getClass().getAnnotation(Revision.class).parent()));
  }

  @Test
  void renderedCreateTable_recordsColumnsAndConstraintsInOrder() throws Exception {
    DiffResult diff = SchemaDiffer.diff(Schema.EMPTY, Revisions.shop(), Renames.NONE);
    RenderedRevision revision = RevisionRenderer.render(Revisions.PACKAGE, 1, List.of(), diff, Revisions.shop());
    Compilation compilation = Compiler.javac().withClasspath(runtimeLocation())
        .compile(JavaFileObjects.forSourceString(Revisions.PACKAGE + "." + revision.className(), revision.javaSource()));
    assertThat(compilation).succeeded();
    Migration migration = (Migration) new CompiledClassLoader(compilation, getClass().getClassLoader())
        .loadClass(Revisions.PACKAGE + "." + revision.className()).getDeclaredConstructor().newInstance();
    Operations op = new Operations();
    migration.upgrade(op);
    CreateTable customers = (CreateTable) op.recorded().get(1);
    assertEquals("sales.customers", customers.table());
    assertEquals(List.of("id", "email", "status"), customers.columns().stream().map(c -> c.name()).toList());
    assertEquals("'NEW'", customers.columns().get(2).defaultValue());
    assertEquals(List.of("customers_pkey", "customers_email_key", "customers_status_check"),
        customers.constraints().stream().map(c -> c.name()).toList());
  }

  @Test
  void renderedBaseRevisionOf600Tables_splitsIntoMethodsThatCompile_cutsItsSql_andRecordsOpsInOrder() throws Exception {
    List<TableNode> tables = new ArrayList<>();
    for (int t = 0; t < 600; t++) {
      String name = "table_" + t;
      TableBuilder table = Nodes.table(name).id("id", "bigint");
      for (int c = 0; c < 9; c++) {
        table.column(Nodes.notNull("column_" + c, "text"));
      }
      if (t > 0) {
        table.column("parent_id", "bigint")
            .foreignKey(Nodes.foreignKey(name + "_parent_id_fkey", "parent_id", "table_" + (t - 1), "id"));
      }
      tables.add(table.index(Nodes.index(name + "_column_0_idx", "column_0"))
          .index(Nodes.index(name + "_column_1_column_2_idx", "column_1", "column_2 DESC")).build());
    }
    Schema schema = new Schema(tables, List.of());
    DiffResult diff = SchemaDiffer.diff(Schema.EMPTY, schema, Renames.NONE);
    RenderedRevision revision = RevisionRenderer.render(Revisions.PACKAGE, 1, List.of(), diff, schema);
    String source = revision.javaSource();
    assertTrue(source.contains("    createTables1(op);\n    createTables2(op);\n"), "upgrade calls the parts");
    assertTrue(source.contains("  private static void createTables1(Operations op) {\n"
        + "    op.createTable(\"table_0\",\n"), "the first part starts with the first table");
    String upgradeSql = source.substring(source.indexOf("<pre>{@code"), source.indexOf("}</pre>"));
    long shown = upgradeSql.lines().count() - 2;
    assertTrue(shown > SqlJavadoc.MAX_LINES - 15 && shown <= SqlJavadoc.MAX_LINES,
        "whole statements up to the limit: " + shown);
    assertTrue(source.contains(" more statements: tidemark show " + revision.id()
        + " prints them all\n * }</pre>"), "and a line saying how to see the rest");

    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror")
        .withClasspath(runtimeLocation())
        .compile(JavaFileObjects.forSourceString(Revisions.PACKAGE + "." + revision.className(), source));
    assertThat(compilation).succeededWithoutWarnings();
    Migration migration = (Migration) new CompiledClassLoader(compilation, getClass().getClassLoader())
        .loadClass(Revisions.PACKAGE + "." + revision.className()).getDeclaredConstructor().newInstance();
    Operations upgrade = new Operations();
    migration.upgrade(upgrade);
    List<Operation> recorded = upgrade.recorded();
    assertEquals(diff.upgrade().size(), recorded.size());
    assertEquals(diff.upgrade().stream().map(Operation::subject).toList(), recorded.stream()
        .map(Operation::subject).toList());
    assertEquals("table_99_parent_id_fkey",
        ((AddConstraint) recorded.get(recorded.size() - 1)).constraint().name());
    Operations downgrade = new Operations();
    migration.downgrade(downgrade);
    assertEquals(diff.downgrade().stream().map(Operation::subject).toList(), downgrade.recorded()
        .stream().map(Operation::subject).toList());
  }

  /** The SQL of each operation, which the diff's op and the revision's recorded one share. */
  private static List<List<Statement>> sql(List<Operation> operations) {
    PostgresDialect dialect = new PostgresDialect();
    return operations.stream().map(dialect::render).toList();
  }

  /** The runtime's classes and the core's, which its API types come from. */
  private static List<File> runtimeLocation() throws URISyntaxException {
    return List.of(location(Operations.class), location(ColumnDef.class));
  }

  private static File location(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Loads the classes a compilation produced, delegating everything else to the test's loader. */
  private static final class CompiledClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClassLoader(Compilation compilation, ClassLoader parent) {
      super(parent);
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("/com/") + 1, path.length() - ".class".length())
              .replace('/', '.');
          try (InputStream in = file.openInputStream()) {
            classes.put(name, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }

    void add(String name, byte[] bytes) {
      classes.put(name, bytes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
