package io.tidemark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The live benchmark's model, {@code customer} and {@code orders}, and the changes it applies
 * to it: each one a model edit that the processor turns into a revision, beside the same change
 * written as plain DDL.
 */
final class LiveModel {
  static final String MODEL_PACKAGE = "live.model";
  static final String REVISION_PACKAGE = "live.db";

  private LiveModel() {}

  /** One change to the base model; {@code plain}/{@code revert} are the plain-DDL twin. */
  enum Change {
    INDEX("index add", "@Index(columns = \"created_at\")\n", "", "",
        List.of("CREATE INDEX orders_created_at_idx ON orders (created_at)"),
        List.of("DROP INDEX orders_created_at_idx")),
    FOREIGN_KEY("foreign key add", "", "@References(table = \"customer\") ", "",
        List.of("ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey"
            + " FOREIGN KEY (customer_id) REFERENCES customer (id)"),
        List.of("ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey")),
    NOT_NULL("NOT NULL", "", "", "@Column(nullable = false) ",
        List.of("ALTER TABLE orders ALTER COLUMN note SET NOT NULL"),
        List.of("ALTER TABLE orders ALTER COLUMN note DROP NOT NULL")),
    CHECK("CHECK add", "@Check(name = \"orders_amount_check\", expression = \"amount >= 0\")\n",
        "", "",
        List.of("ALTER TABLE orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 0)"),
        List.of("ALTER TABLE orders DROP CONSTRAINT orders_amount_check")),
    ENUM_VALUE("enum value add", "", "", "",
        List.of("ALTER TABLE orders DROP CONSTRAINT orders_status_check, ADD CONSTRAINT"
            + " orders_status_check CHECK (status IN ('NEW', 'PAID', 'SHIPPED', 'REFUNDED'))"),
        List.of("ALTER TABLE orders DROP CONSTRAINT orders_status_check, ADD CONSTRAINT"
            + " orders_status_check CHECK (status IN ('NEW', 'PAID', 'SHIPPED'))")),
    ADD_COLUMN_BEHIND_READER("add column behind a reader", "", "", "",
        List.of("ALTER TABLE orders ADD COLUMN region text"),
        List.of("ALTER TABLE orders DROP COLUMN region"));

    final String label;
    final String classAnnotation;
    final String customerIdAnnotation;
    final String noteAnnotation;
    final List<String> plain;
    final List<String> revert;

    Change(String label, String classAnnotation, String customerIdAnnotation,
        String noteAnnotation, List<String> plain, List<String> revert) {
      this.label = label;
      this.classAnnotation = classAnnotation;
      this.customerIdAnnotation = customerIdAnnotation;
      this.noteAnnotation = noteAnnotation;
      this.plain = plain;
      this.revert = revert;
    }
  }

  /** Writes the model under {@code src}, with {@code change} applied (null: the base model). */
  static void write(Path src, Change change) throws IOException {
    Path pkg = src.resolve(MODEL_PACKAGE.replace('.', '/'));
    Files.createDirectories(pkg);
    Files.createDirectories(src.resolve(REVISION_PACKAGE.replace('.', '/')));
    Files.writeString(pkg.resolve("Customer.java"), "package " + MODEL_PACKAGE + ";\n\n"
        + "import io.tidemark.annotations.*;\n\n"
        + "@Table\n"
        + "public class Customer {\n"
        + "  @Id long id;\n"
        + "  String name;\n"
        + "}\n");
    boolean has = change != null;
    Files.writeString(pkg.resolve("Orders.java"), "package " + MODEL_PACKAGE + ";\n\n"
        + "import io.tidemark.annotations.*;\n"
        + "import java.math.BigDecimal;\nimport java.time.Instant;\n\n"
        + "@Table(name = \"orders\")\n"
        + (has ? change.classAnnotation : "")
        + "public class Orders {\n"
        + "  public enum Status { NEW, PAID, SHIPPED"
        + (change == Change.ENUM_VALUE ? ", REFUNDED" : "") + " }\n\n"
        + "  @Id long id;\n"
        + "  " + (has ? change.customerIdAnnotation : "") + "long customerId;\n"
        + "  @Column(precision = 12, scale = 2) BigDecimal amount;\n"
        + "  Status status;\n"
        + "  " + (has ? change.noteAnnotation : "") + "String note;\n"
        + "  @Column(nullable = false) Instant createdAt;\n"
        + (change == Change.ADD_COLUMN_BEHIND_READER ? "  String region;\n" : "")
        + "}\n");
  }

  /** Copies a project folder (sources, revisions and snapshots) to {@code to}. */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /**
   * Compiles the project in {@code dir} ({@code src/} into {@code classes/}) with the
   * processor, which writes a revision for any model change, then once more without it so the
   * new revision is compiled too.
   */
  static void compile(Path dir) throws IOException {
    Path src = dir.resolve("src");
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    String cp = ProcessorBench.jars("tidemark-annotations-", "tidemark-runtime-",
        "tidemark-core-");
    String processorPath = ProcessorBench.jars("tidemark-processor-", "tidemark-core-",
        "javapoet-", "asm-", "tidemark-annotations-");
    List<String> common = List.of(javac, "-cp", cp, "-d", classes.toString());
    Proc.runNanos(dir, java.util.Map.of("CI", "false"), Bench.concat(Bench.concat(common,
        List.of("-processorpath", processorPath, "-processor",
            "io.tidemark.processor.TidemarkProcessor", "-Atidemark.dir=" + src,
            "-Atidemark.package=" + REVISION_PACKAGE, "-Atidemark.failOnChange=false")),
        sources(src)));
    Proc.runNanos(dir, java.util.Map.of(), Bench.concat(Bench.concat(common,
        List.of("-proc:none")), sources(src)));
  }

  private static List<String> sources(Path src) throws IOException {
    try (Stream<Path> files = Files.walk(src)) {
      return files.map(Path::toString).filter(f -> f.endsWith(".java")).sorted().toList();
    }
  }
}
