package io.tidemark.docs;

import io.tidemark.Migration;
import io.tidemark.Migrator;
import io.tidemark.Revision;
import io.tidemark.dialect.Statement;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles documentation snippets in-process with javac and the real Tidemark processor, as a
 * user's build would (revisions go to a fresh source root), and renders what it generated.
 */
final class SnippetCompiler {
  static final String REVISION_PACKAGE = "com.example.db.revisions";
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern TYPE = Pattern.compile(
      "(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|enum|interface|@interface)\\s+(\\w+)");

  /** What one compilation produced: success, every diagnostic, and where output went. */
  record Result(boolean ok, List<String> diagnostics, Path classes, Path revisionRoot) {
    /** The revision sources the processor wrote into the revision root, by file name. */
    List<Path> revisions() {
      Path dir = revisionRoot.resolve(REVISION_PACKAGE.replace('.', '/'));
      if (!Files.isDirectory(dir)) {
        return List.of();
      }
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The SQL of the generated revisions' upgrades, as the runtime renders it. */
    String upgradeSql() throws ReflectiveOperationException, IOException {
      try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          SnippetCompiler.class.getClassLoader())) {
        List<Migration> migrations = new ArrayList<>();
        for (Path file : revisions()) {
          String name = file.getFileName().toString().replace(".java", "");
          migrations.add((Migration) loader.loadClass(REVISION_PACKAGE + "." + name)
              .getDeclaredConstructor().newInstance());
        }
        Migrator migrator = Migrator.builder().migrations(migrations).build();
        StringBuilder sql = new StringBuilder();
        for (Migration migration : migrations) {
          String id = migration.getClass().getAnnotation(Revision.class).id();
          for (Statement statement : migrator.show(id).upgrade()) {
            sql.append(statement.sql()).append(";\n");
          }
        }
        return sql.toString();
      }
    }
  }

  private SnippetCompiler() {}

  static Result compile(List<String> sources, Path work) throws IOException {
    Path src = Files.createDirectories(work.resolve("src"));
    Path revisionRoot = Files.createDirectories(work.resolve("revisions"));
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      files.add(write(src, source));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager manager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      String classPath = System.getProperty("java.class.path");
      List<String> options = List.of("--release", "17", "-Xlint:all,-processing",
          "-classpath", classPath + File.pathSeparator + classes,
          "-processor", "io.tidemark.processor.TidemarkProcessor", "-processorpath", classPath,
          "-Atidemark.dir=" + revisionRoot, "-Atidemark.package=" + REVISION_PACKAGE,
          "-Atidemark.failOnChange=false",
          "-d", classes.toString(), "-s", generated.toString());
      boolean ok = javac.getTask(null, manager, diagnostics, options, null,
          manager.getJavaFileObjectsFromPaths(files)).call();
      List<String> messages = diagnostics.getDiagnostics().stream()
          .map(d -> d.getKind() + " "
              + (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":"
                  + d.getLineNumber() + ": ")
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.toList());
      return new Result(ok, messages, classes, revisionRoot);
    }
  }

  /** Writes one compilation unit where javac expects it: package folder, public type name. */
  private static Path write(Path src, String source) throws IOException {
    Matcher pkg = PACKAGE.matcher(source);
    Matcher type = TYPE.matcher(source);
    if (!type.find()) {
      throw new AssertionError("not a whole compilation unit (no type declaration):\n" + source);
    }
    Path dir = pkg.find() ? src.resolve(pkg.group(1).replace('.', '/')) : src;
    Files.createDirectories(dir);
    Path file = dir.resolve(type.group(1) + ".java");
    if (Files.exists(file)) {
      throw new AssertionError("two snippets compiled together declare " + file.getFileName());
    }
    return Files.writeString(file, source);
  }
}
