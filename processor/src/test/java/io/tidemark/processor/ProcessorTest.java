package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tidemark.processor.Compiles.compile;
import static io.tidemark.processor.Compiles.revisionFiles;

import com.google.testing.compile.Compilation;
import io.tidemark.processor.render.RegistryClass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** The processor end to end through javac: dual write, idempotence, CI mode, partial builds. */
class ProcessorTest {
  private static final String[] MODEL = {"good/Tenant.java", "good/Account.java"};

  @TempDir Path dir;

  @Test
  void firstBuild_newModel_writesOneRevisionAndItsSnapshot() throws IOException {
    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).succeeded();
    List<String> files = revisionFiles(dir);
    assertThat(files).hasSize(2);
    String source = Files.readString(dir.resolve("app/db").resolve(files.get(0)));
    assertThat(files.get(0)).matches("Rev0001_[0-9a-f]{6}_\\w+\\.java");
    assertThat(files.get(1)).isEqualTo(files.get(0).replace(".java", ".snapshot.json"));
    assertThat(source).contains("@Revision(");
    assertThat(source).contains("tenant_id");
    assertThat(compilation).hadNoteContaining("[TM097] Wrote revision 0001_");
    String className = "app.db." + files.get(0).replace(".java", "");
    assertThat(compilation).generatedSourceFile(className).contentsAsUtf8String().isEqualTo(source);
    assertThat(registry(compilation)).containsExactly(files.get(0).replace(".java", ""));
    assertThat(compilation)
        .generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, RevisionWriter.SERVICE)
        .contentsAsUtf8String().isEqualTo("app.db.TidemarkRevisions\n");
    assertThat(compilation)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "app.db", files.get(1))
        .contentsAsUtf8String().isEqualTo(Files.readString(dir.resolve("app/db").resolve(files.get(1))));
  }

  @Test
  void secondBuild_revisionCommitted_writesHeadSnapshotResourceEqualToCommittedSnapshot()
      throws IOException {
    compile(dir, MODEL);
    List<String> files = revisionFiles(dir);

    Compilation second = compile(dir, MODEL);

    assertThat(second)
        .generatedFile(StandardLocation.CLASS_OUTPUT, "app.db", files.get(1))
        .contentsAsUtf8String().isEqualTo(Files.readString(dir.resolve("app/db").resolve(files.get(1))));
  }

  @Test
  void secondBuild_revisionCommitted_writesNothingAndSameRegistry() throws IOException {
    Compilation first = compile(dir, MODEL);
    List<String> files = revisionFiles(dir);

    Compilation second = compile(dir, MODEL);

    assertThat(second).succeededWithoutWarnings();
    assertThat(revisionFiles(dir)).isEqualTo(files);
    assertThat(registryBytes(second)).isEqualTo(registryBytes(first));
  }

  @Test
  void secondBuild_modelWithWarning_writesNothingAndWarnsOnceOnTheTable() throws IOException {
    compile(dir, "good/Tenant.java", "bad/NoPrimaryKey.java");
    List<String> files = revisionFiles(dir);

    Compilation second = compile(dir, "good/Tenant.java", "bad/NoPrimaryKey.java");

    assertThat(second).succeeded();
    assertThat(revisionFiles(dir)).isEqualTo(files);
    assertThat(second.warnings()).hasSize(1);
    assertThat(second).hadWarningContaining("[TM011] Table no_primary_key has no primary key")
        .inFile(Compiles.source("bad/NoPrimaryKey.java")).onLineContaining("@Table");
  }

  @Test
  void changedModel_afterCommittedRevision_writesOneMoreOnTopOfIt() throws IOException {
    compile(dir, MODEL);
    String base = revisionFiles(dir).get(0).replace(".java", "");

    Compilation changed = compile(dir, "good/Tenant.java", "good/v2/Account.java");

    assertThat(changed).succeeded();
    List<String> files = revisionFiles(dir);
    assertThat(files).hasSize(4);
    String next = Files.readString(dir.resolve("app/db").resolve(files.get(2)));
    assertThat(files.get(2)).startsWith("Rev0002_");
    assertThat(next).contains("parent = \"" + base.substring(3, 14) + "\"");
    assertThat(next).contains("email");
    assertThat(next).doesNotContain("balance");
    assertThat(registry(changed))
        .containsExactly(base, files.get(2).replace(".java", "")).inOrder();
  }

  @Test
  void failOnChange_modelChanged_errorNamesChangeAndWritesNothing() throws IOException {
    JavaFileObject tenant = Compiles.source("good/Tenant.java");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db", "-Atidemark.failOnChange=true")
        .compile(tenant);

    assertThat(compilation)
        .hadErrorContaining("[TM095] The model needs a new revision (create table tenant)")
        .inFile(tenant)
        .onLineContaining("class Tenant");
    assertThat(revisionFiles(dir)).isEmpty();
  }

  @Test
  void failOnChange_secondEntityChanged_errorOnThatEntity() throws IOException {
    compile(dir, MODEL);
    JavaFileObject tenant = Compiles.source("good/v3/Tenant.java");
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db", "-Atidemark.failOnChange=true")
        .compile(Stream.concat(Stream.of(Compiles.source("good/Account.java"), tenant),
            Compiles.revisions(dir).stream()).toList());

    assertThat(compilation)
        .hadErrorContaining("[TM095] The model needs a new revision (add tenant.region)")
        .inFile(tenant)
        .onLineContaining("class Tenant");
  }

  @Test
  void partialBuild_onlyUnrelatedSource_writesNothing() throws IOException {
    compile(dir, MODEL);
    Compilation full = compile(dir, MODEL);
    List<String> files = revisionFiles(dir);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    writeClassFiles(full, classes);

    Compilation partial = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db", "-Atidemark.failOnChange=true")
        .withClasspath(classpathWith(classes))
        .compile(Compiles.source("good/Unrelated.java"));

    assertThat(partial).succeededWithoutWarnings();
    assertThat(revisionFiles(dir)).isEqualTo(files);
    assertThat(registryBytes(partial)).isEqualTo(registryBytes(full));
  }

  @Test
  void writeFailure_revisionFolderIsAFile_reportsTm096() throws IOException {
    Files.createDirectories(dir.resolve("app"));
    Files.writeString(dir.resolve("app/db"), "not a folder");
    JavaFileObject tenant = Compiles.source("good/Tenant.java");

    Compilation compilation = compile(dir, "good/Tenant.java");

    assertThat(compilation)
        .hadErrorContaining("[TM096] Cannot create the revision folder " + dir.resolve("app/db"))
        .inFile(tenant)
        .onLineContaining("class Tenant");
  }

  @Test
  void corruptedSnapshot_onDisk_reportsTm092NamingFile() throws IOException {
    compile(dir, MODEL);
    Path snapshot = dir.resolve("app/db").resolve(revisionFiles(dir).get(1));
    Files.writeString(snapshot, "{ \"tables\": [ { \"name\": ");
    JavaFileObject account = Compiles.source("good/Account.java");

    Compilation compilation = compile(dir, "good/Tenant.java", "good/Account.java");

    assertThat(compilation)
        .hadErrorContaining("[TM092] Cannot read the snapshot " + snapshot)
        .inFile(account)
        .onLineContaining("class Account");
    assertThat(compilation).hadErrorContaining("git checkout -- " + snapshot);
  }

  @Test
  void generatedRevision_snapshotDeleted_reportsTm092NamingFileAndFix() throws IOException {
    compile(dir, MODEL);
    List<String> files = revisionFiles(dir);
    Path revision = dir.resolve("app/db").resolve(files.get(0));
    Path snapshot = dir.resolve("app/db").resolve(files.get(1));
    assertThat(Files.readString(revision)).contains("{@code " + files.get(1) + "}, next to this file.");
    Files.delete(snapshot);

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).hadErrorContaining("[TM092] The snapshot " + snapshot
        + " of generated revision " + files.get(0).substring(3, 14) + " is missing. Restore it from"
        + " version control (git checkout -- " + snapshot + "); if the revision is not committed"
        + " yet, delete " + revision + " and rebuild");
    assertThat(revisionFiles(dir)).containsExactly(files.get(0));
  }

  @Test
  void handWrittenRevision_withoutSnapshot_takesItsParentsSchema() throws IOException {
    compile(dir, MODEL);
    List<String> files = revisionFiles(dir);
    String parent = files.get(0).substring(3, 14);
    Files.writeString(dir.resolve("app/db/Rev0002_bacf11_Backfill.java"), "package app.db;\n\n"
        + "import io.tidemark.Migration;\nimport io.tidemark.Operations;\nimport io.tidemark.Revision;\n\n"
        + "/** Fills tenant names; written by hand. */\n"
        + "@Revision(id = \"0002_bacf11\", parent = \"" + parent + "\", message = \"backfill\")\n"
        + "public final class Rev0002_bacf11_Backfill implements Migration {\n"
        + "  @Override\n  public void upgrade(Operations op) {\n    op.sql(\"UPDATE tenant SET name = ''\");\n  }\n\n"
        + "  @Override\n  public void downgrade(Operations op) {}\n}\n");

    Compilation compilation = compile(dir, MODEL);

    assertThat(compilation).succeeded();
    assertThat(revisionFiles(dir)).containsExactly(files.get(0), files.get(1), "Rev0002_bacf11_Backfill.java");
    assertThat(registry(compilation)).contains("Rev0002_bacf11_Backfill");
  }

  @Test
  void malformedRevisionSource_onDisk_reportsTm093() throws IOException {
    Files.createDirectories(dir.resolve("app/db"));
    Files.writeString(dir.resolve("app/db/Helper.java"), "package app.db; class Helper {}");
    JavaFileObject tenant = Compiles.source("good/Tenant.java");

    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db", "-Atidemark.failOnChange=false")
        .compile(tenant);

    assertThat(compilation)
        .hadErrorContaining("[TM093] " + dir.resolve("app/db/Helper.java") + " has no readable @Revision")
        .inFile(tenant)
        .onLineContaining("class Tenant");
  }

  @Test
  void lintWarning_removedField_reportedOnTableAsPendingDrop() {
    compile(dir, "good/Tenant.java", "good/v2/Account.java");

    Compilation dropped = compile(dir, MODEL);

    assertThat(dropped).succeeded();
    assertThat(dropped).hadWarningContaining("[TM209] column account.email is no longer in the"
            + " model")
        .inFile(Compiles.source("good/Account.java"))
        .onLineContaining("@Table");
  }

  @Test
  void diffError_nonConstantDefaultOnCompressedTable_reportedOnFieldAndNothingWritten()
      throws IOException {
    compile(dir, "good/Metric.java");
    List<String> files = revisionFiles(dir);

    Compilation changed = compile(dir, "bad/v2/Metric.java");

    assertThat(changed).hadErrorContaining("[TM053]")
        .inFile(Compiles.source("bad/v2/Metric.java"))
        .onLineContaining("now()");
    assertThat(revisionFiles(dir)).isEqualTo(files);
  }

  /** The class file of the generated registry {@code app.db.TidemarkRevisions}. */
  static byte[] registryBytes(Compilation compilation) {
    JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "app/db/" + RegistryClass.NAME + ".class").orElseThrow();
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The revision classes the generated registry creates, in order, read from its bytecode. */
  static List<String> registry(Compilation compilation) {
    List<String> created = new ArrayList<>();
    new ClassReader(registryBytes(compilation)).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor,
          String signature, String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitTypeInsn(int opcode, String type) {
            if (opcode == Opcodes.NEW) {
              created.add(type.substring(type.lastIndexOf('/') + 1));
            }
          }
        };
      }
    }, 0);
    return created;
  }

  static void writeClassFiles(Compilation compilation, Path classes) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf("CLASS_OUTPUT/");
      if (file.getKind() == JavaFileObject.Kind.CLASS || (at >= 0 && path.contains("META-INF"))) {
        Path target = classes.resolve(path.substring(at + "CLASS_OUTPUT/".length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }

  static List<java.io.File> classpathWith(Path classes) {
    List<java.io.File> path = new java.util.ArrayList<>();
    path.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      path.add(new java.io.File(entry));
    }
    return path;
  }
}
