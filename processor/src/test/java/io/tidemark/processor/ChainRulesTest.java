package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tidemark.processor.Compiles.compile;
import static io.tidemark.processor.Compiles.revisionFiles;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written revisions are checked at compile time with the chain rules the runtime applies:
 * what the runtime would refuse at deploy time fails javac, on the revision class, with the
 * runtime's code for the rule.
 */
class ChainRulesTest {
  private static final String[] MODEL = {"good/Tenant.java", "good/Account.java"};

  @TempDir Path dir;
  private String base;
  private List<String> before;

  @BeforeEach
  void generateBase() throws IOException {
    assertThat(compile(dir, MODEL)).succeeded();
    before = revisionFiles(dir);
    base = before.get(0).substring(3, 14);
  }

  /** Writes a hand-written revision class {@code name} with {@code annotation}; returns it as javac sees it. */
  private JavaFileObject handWritten(String name, String annotation) throws IOException {
    String source = "package app.db;\n\n"
        + "import io.tidemark.Migration;\nimport io.tidemark.Operations;\nimport io.tidemark.Revision;\n\n"
        + "/** Written by hand. */\n"
        + annotation + "\n"
        + "public final class " + name + " implements Migration {\n"
        + "  @Override\n  public void upgrade(Operations op) {\n    op.sql(\"SELECT 1\");\n  }\n\n"
        + "  @Override\n  public void downgrade(Operations op) {}\n}\n";
    Files.writeString(dir.resolve("app/db/" + name + ".java"), source);
    return JavaFileObjects.forSourceString("app.db." + name, source);
  }

  /** The revision files before the test, with {@code added}. */
  private List<String> with(String added) {
    List<String> files = new ArrayList<>(before);
    files.add(added);
    return files;
  }

  private Path file(String name) {
    return dir.resolve("app/db/" + name + ".java");
  }

  @Test
  void handWritten_attributesInAnyOrderQualifiedAndSplit_compilesIntoTheChain() throws IOException {
    handWritten("Backfill", "@io.tidemark.Revision(\n    message = \"backfill\",\n"
        + "    parent = {\"" + base + "\"},\n    id = \"0002_\" + \"bacf11\")");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(revisionFiles(dir)).containsExactlyElementsIn(with("Backfill.java"));
  }

  @Test
  void handWritten_badId_tm106OnTheIdValue() throws IOException {
    JavaFileObject revision = handWritten("Rev0002_backfill", "@Revision(\n"
        + "    id = \"0002_backfill\",\n    parent = \"" + base + "\", message = \"backfill\")");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).hadErrorContaining("[TM106] Revision id '0002_backfill' of "
        + file("Rev0002_backfill") + " is not of the form NNNN_hhhhhh (four digits, underscore,"
        + " six lower-case hex digits).")
        .inFile(revision).onLineContaining("id = \"0002_backfill\"");
    assertThat(revisionFiles(dir)).containsExactlyElementsIn(with("Rev0002_backfill.java"));
  }

  @Test
  void handWritten_secondBase_tm105OnItsAnnotation() throws IOException {
    JavaFileObject revision = handWritten("Rev0002_ba5e00_Seed",
        "@Revision(id = \"0002_ba5e00\", message = \"seed\")");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).hadErrorContaining("[TM105] The revision graph has 2 base revisions ["
        + base + ", 0002_ba5e00]; exactly one revision may have no parent. Give 0002_ba5e00 ("
        + file("Rev0002_ba5e00_Seed") + ") a parent: the revision it follows.")
        .inFile(revision).onLineContaining("@Revision(id = \"0002_ba5e00\"");
  }

  @Test
  void handWritten_unknownParent_tm103OnTheParentValue() throws IOException {
    JavaFileObject revision = handWritten("Rev0002_0a0a0a_Orphan",
        "@Revision(id = \"0002_0a0a0a\",\n    parent = \"0001_ffffff\",\n    message = \"orphan\")");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).hadErrorContaining("[TM103] Revision 0002_0a0a0a ("
        + file("Rev0002_0a0a0a_Orphan") + ") names parent 0001_ffffff, which no revision of the"
        + " chain has. Restore that revision or change the parent to an existing id.")
        .inFile(revision).onLineContaining("parent = \"0001_ffffff\"");
  }

  @Test
  void handWritten_idTakenTwice_tm102OnTheSecondNamingBothFiles() throws IOException {
    handWritten("Rev0002_0b0b0b_A", "@Revision(id = \"0002_0b0b0b\", parent = \"" + base + "\")");
    JavaFileObject second = handWritten("Rev0002_0b0b0b_B",
        "@Revision(\n    id = \"0002_0b0b0b\",\n    parent = \"" + base + "\")");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).hadErrorContaining("[TM102] Revision id 0002_0b0b0b is used by "
        + file("Rev0002_0b0b0b_A") + " and by " + file("Rev0002_0b0b0b_B") + ".")
        .inFile(second).onLineContaining("id = \"0002_0b0b0b\"");
  }

  @Test
  void handWritten_cycle_tm104OnEachRevisionOfIt() throws IOException {
    JavaFileObject a = handWritten("Rev0002_0c0c0c_A",
        "@Revision(id = \"0002_0c0c0c\", parent = {\"" + base + "\",\n    \"0003_0d0d0d\"})");
    JavaFileObject b = handWritten("Rev0003_0d0d0d_B",
        "@Revision(id = \"0003_0d0d0d\",\n    parent = \"0002_0c0c0c\")");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).hadErrorContaining("[TM104] The revisions [0002_0c0c0c, 0003_0d0d0d]"
        + " form a cycle through their parents; 0002_0c0c0c").inFile(a)
        .onLineContaining("parent = {");
    assertThat(compilation).hadErrorContaining("[TM104] The revisions [0002_0c0c0c, 0003_0d0d0d]"
        + " form a cycle through their parents; 0003_0d0d0d").inFile(b)
        .onLineContaining("parent = \"0002_0c0c0c\"");
  }

  @Test
  void handWritten_notPartOfTheCompilation_reportedWithoutElementNamingTheFile()
      throws IOException {
    handWritten("Rev0002_backfill", "@Revision(id = \"0002_backfill\", parent = \"" + base + "\")");

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db",
            "-Atidemark.failOnChange=false")
        .compile(Compiles.source("good/Tenant.java"), Compiles.source("good/Account.java"));

    assertThat(compilation).hadErrorContaining("[TM106] Revision id '0002_backfill' of "
        + file("Rev0002_backfill") + " is not of the form NNNN_hhhhhh");
    Diagnostic<? extends JavaFileObject> error = compilation.errors().get(0);
    assertThat(error.getSource()).isNull();
  }
}
