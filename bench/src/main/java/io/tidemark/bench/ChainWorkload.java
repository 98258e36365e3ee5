package io.tidemark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles a linear chain of small revisions: every five revisions create a table
 * with an index, add columns, add an index, add a check and add a foreign key to the table
 * before.
 */
final class ChainWorkload {
  static final String PACKAGE = "bench.revisions";

  private ChainWorkload() {}

  /** Generates {@code count} revisions under {@code dir}, compiles them and returns their jar. */
  static Path build(Path dir, int count) {
    try {
      Path src = dir.resolve("src");
      Path pkg = src.resolve(PACKAGE.replace('.', '/'));
      Files.createDirectories(pkg);
      List<String> classNames = new ArrayList<>();
      String parent = null;
      for (int k = 0; k < count; k++) {
        String id = String.format("%04d_%06x", k + 1, (k * 2654435761L) & 0xffffffL);
        String className = "Rev" + id + "_Step";
        Files.writeString(pkg.resolve(className + ".java"), revision(id, parent, className, k));
        classNames.add(className);
        parent = id;
      }
      Files.writeString(pkg.resolve("BenchRevisions.java"), registry(classNames));
      Path classes = dir.resolve("classes");
      Files.createDirectories(classes.resolve("META-INF/services"));
      Files.writeString(classes.resolve("META-INF/services/io.tidemark.RevisionRegistry"),
          PACKAGE + ".BenchRevisions\n");
      List<String> args = new ArrayList<>(List.of(
          "-proc:none", "-nowarn", "-d", classes.toString(),
          "-cp", System.getProperty("java.class.path")));
      try (var files = Files.list(pkg)) {
        files.map(Path::toString).sorted().forEach(args::add);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
        throw new IllegalStateException("could not compile the generated chain in " + src);
      }
      // A jar, as users ship revisions (and as AppCDS requires: no class folders).
      Path jar = dir.resolve("revisions.jar");
      java.util.spi.ToolProvider jarTool = java.util.spi.ToolProvider.findFirst("jar")
          .orElseThrow(() -> new IllegalStateException("this JDK has no jar tool"));
      if (jarTool.run(System.out, System.err, "--create", "--file", jar.toString(),
          "-C", classes.toString(), ".") != 0) {
        throw new IllegalStateException("could not package the generated chain in " + classes);
      }
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String revision(String id, String parent, String className, int k) {
    int g = k / 5;
    String t = "t" + g;
    String up;
    String down;
    switch (k % 5) {
      case 0 -> {
        up = String.format("""
            op.createTable("%1$s",
                column("id", "bigint").notNull(),
                column("name", "text"),
                column("created_at", "timestamp with time zone").notNull().defaultValue("now()"),
                primaryKey("%1$s_pkey", "id"));
            op.createIndex("%1$s", index("%1$s_name_idx", "name"));""", t);
        down = String.format("op.dropTable(\"%s\");", t);
      }
      case 1 -> {
        up = String.format("""
            op.addColumn("%1$s", column("amount", "numeric(12,2)"));
            op.addColumn("%1$s", column("note", "text"));""", t);
        down = String.format("""
            op.dropColumn("%1$s", "note");
            op.dropColumn("%1$s", "amount");""", t);
      }
      case 2 -> {
        up = String.format(
            "op.createIndex(\"%1$s\", index(\"%1$s_created_at_idx\", \"created_at DESC\"));", t);
        down = String.format("op.dropIndex(\"%1$s\", \"%1$s_created_at_idx\");", t);
      }
      case 3 -> {
        up = String.format(
            "op.addConstraint(\"%1$s\", check(\"%1$s_amount_check\", \"amount >= 0\"));", t);
        down = String.format("op.dropConstraint(\"%1$s\", \"%1$s_amount_check\");", t);
      }
      default -> {
        String target = g == 0 ? t : "t" + (g - 1);
        up = String.format("""
            op.addColumn("%1$s", column("parent_id", "bigint"));
            op.addConstraint("%1$s",
                foreignKey("%1$s_parent_id_fkey", "parent_id").references("%2$s", "id"));""",
            t, target);
        down = String.format("""
            op.dropConstraint("%1$s", "%1$s_parent_id_fkey");
            op.dropColumn("%1$s", "parent_id");""", t);
      }
    }
    String parentAttr = parent == null ? "" : ", parent = \"" + parent + "\"";
    return "package " + PACKAGE + ";\n\n"
        + "import static io.tidemark.Ddl.*;\n\n"
        + "import io.tidemark.Migration;\nimport io.tidemark.Operations;\nimport io.tidemark.Revision;\n\n"
        + "@Revision(id = \"" + id + "\"" + parentAttr + ", message = \"step " + (k + 1) + "\")\n"
        + "public final class " + className + " implements Migration {\n"
        + "  @Override\n  public void upgrade(Operations op) {\n" + indent(up) + "  }\n\n"
        + "  @Override\n  public void downgrade(Operations op) {\n" + indent(down) + "  }\n}\n";
  }

  private static String indent(String body) {
    StringBuilder sb = new StringBuilder();
    for (String line : body.split("\n")) {
      sb.append("    ").append(line).append('\n');
    }
    return sb.toString();
  }

  private static String registry(List<String> classNames) {
    StringBuilder sb = new StringBuilder("package " + PACKAGE + ";\n\n"
        + "import io.tidemark.Migration;\nimport io.tidemark.RevisionRegistry;\nimport java.util.List;\n\n"
        + "public final class BenchRevisions implements RevisionRegistry {\n"
        + "  @Override\n  public List<Migration> revisions() {\n    return List.of(\n");
    for (int i = 0; i < classNames.size(); i++) {
      sb.append("        new ").append(classNames.get(i)).append("()")
          .append(i + 1 < classNames.size() ? ",\n" : ");\n");
    }
    return sb.append("  }\n}\n").toString();
  }

  static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
