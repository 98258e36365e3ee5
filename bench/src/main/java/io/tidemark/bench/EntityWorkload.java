package io.tidemark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a model of annotated entities (ten columns and two indexes each) for javac timings. */
final class EntityWorkload {
  static final String MODEL_PACKAGE = "bench.model";
  static final String REVISION_PACKAGE = "bench.model.db";

  private EntityWorkload() {}

  /** Writes {@code count} entities under {@code src}; returns their files. */
  static List<Path> write(Path src, int count) {
    try {
      Path pkg = src.resolve(MODEL_PACKAGE.replace('.', '/'));
      Files.createDirectories(pkg);
      Files.createDirectories(src.resolve(REVISION_PACKAGE.replace('.', '/')));
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Path file = pkg.resolve(name(i) + ".java");
        Files.writeString(file, entity(i, false));
        files.add(file);
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites entity {@code i} with or without one extra column. */
  static void setExtraColumn(Path src, int i, boolean extra) {
    try {
      Path file = src.resolve(MODEL_PACKAGE.replace('.', '/')).resolve(name(i) + ".java");
      Files.writeString(file, entity(i, extra));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String name(int i) {
    return String.format("Entity%03d", i);
  }

  private static String entity(int i, boolean extra) {
    String n = name(i);
    return "package " + MODEL_PACKAGE + ";\n\n"
        + "import io.tidemark.annotations.*;\n"
        + "import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.time.OffsetDateTime;\n\n"
        + "@Table\n"
        + "@Index(columns = {\"tenant_id\", \"created_at DESC\"})\n"
        + "@Index(columns = \"name\")\n"
        + "public class " + n + " {\n"
        + "  @Id long id;\n"
        + "  long tenantId;\n"
        + "  String name;\n"
        + "  @Column(nullable = false, defaultValue = \"now()\") Instant createdAt;\n"
        + "  @Column(precision = 12, scale = 2) BigDecimal amount;\n"
        + "  boolean active;\n"
        + "  int counter;\n"
        + "  @Column(length = 32) String code;\n"
        + "  String note;\n"
        + "  OffsetDateTime updatedAt;\n"
        + (extra ? "  String extraNote;\n" : "")
        + "}\n";
  }
}
