package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tidemark.processor.Compiles.compile;
import static io.tidemark.processor.Compiles.revisionFiles;
import static io.tidemark.processor.ProcessorTest.classpathWith;
import static io.tidemark.processor.ProcessorTest.writeClassFiles;

import com.google.testing.compile.Compilation;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import io.tidemark.snapshot.TableNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments from {@code @Comment} and, with the option, Javadoc, on full and partial builds. */
class CommentsTest {
  private static final List<String> JAVADOC = List.of("-Atidemark.comments=javadoc");
  private static final String ORDER = "good/comments/Order.java";
  private static final String CUSTOMER = "good/comments/Customer.java";

  @TempDir Path dir;

  @Test
  void build_javadocOption_commentsTablesAndColumnsFromTheFirstParagraph() throws IOException {
    assertThat(compile(dir, JAVADOC, ORDER, CUSTOMER)).succeededWithoutWarnings();

    TableNode orders = table(snapshot(0), "orders");
    assertThat(orders.comment()).isEqualTo("One order a customer placed, paid or not.");
    assertThat(orders.columns().stream().map(c -> String.valueOf(c.comment())).toList())
        .containsExactly("The order's number, from orders_seq.",
            "What the customer paid, in cents & without tax.", "Set by the billing job", "null",
            "null").inOrder();
    assertThat(table(snapshot(0), "customer").comment()).isEqualTo("A person who buys.");
    String revision = Files.readString(dir.resolve("app/db").resolve(revisionFiles(dir).get(0)));
    assertThat(revision).contains("op.commentOnTable(\"orders\", \"One order a customer placed,"
        + " paid or not.\");");
    assertThat(revision).contains("column(\"id\", \"bigint\").notNull().comment(\"The order's"
        + " number, from orders_seq.\")");
    assertThat(revision).contains(" * COMMENT ON COLUMN orders.id IS 'The order''s number, from"
        + " orders_seq.';");
  }

  @Test
  void build_withoutOption_takesOnlyTheAnnotation() throws IOException {
    assertThat(compile(dir, ORDER, CUSTOMER)).succeededWithoutWarnings();

    TableNode orders = table(snapshot(0), "orders");
    assertThat(orders.comment()).isNull();
    assertThat(orders.columns().stream().map(c -> String.valueOf(c.comment())).toList())
        .containsExactly("null", "null", "Set by the billing job", "null", "null").inOrder();
    assertThat(table(snapshot(0), "customer").comment()).isNull();
  }

  @Test
  void partialBuild_entityFromClassFile_keepsItsCommentsFromTheSnapshot() throws IOException {
    Compilation full = compile(dir, JAVADOC, ORDER, CUSTOMER);
    assertThat(full).succeeded();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    writeClassFiles(full, classes);

    // Only Customer changes and is compiled; Order comes from its class file, without Javadoc.
    Compilation partial = com.google.testing.compile.Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db",
            "-Atidemark.failOnChange=false", "-Atidemark.comments=javadoc")
        .withClasspath(classpathWith(classes))
        .compile(Compiles.source("good/comments/v2/Customer.java"));

    assertThat(partial).succeededWithoutWarnings();
    List<String> files = revisionFiles(dir);
    assertThat(files).hasSize(4);
    String revision = Files.readString(dir.resolve("app/db").resolve(files.get(2)));
    assertThat(revision).contains("op.addColumn(\"customer\", column(\"email\", \"text\")"
        + ".comment(\"Where invoices go.\"));");
    assertThat(revision).doesNotContain("orders");
    assertThat(table(snapshot(1), "orders")).isEqualTo(table(snapshot(0), "orders"));
  }

  private Schema snapshot(int revision) throws IOException {
    String file = revisionFiles(dir).get(revision * 2 + 1);
    return SnapshotCodec.read(Files.readString(dir.resolve("app/db").resolve(file)));
  }

  private static TableNode table(Schema schema, String name) {
    return schema.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
  }
}
