package io.tidemark.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Compiles test inputs with the processor, revisions going to a given source root. */
final class Compiles {
  static final String PACKAGE = "app.db";

  private Compiles() {}

  static JavaFileObject source(String resource) {
    return JavaFileObjects.forResource(resource);
  }

  /** Compiles {@code resources} plus every revision already under {@code dir}. */
  static Compilation compile(Path dir, List<String> extraOptions, String... resources) {
    List<String> options = new ArrayList<>(List.of(
        "-Atidemark.dir=" + dir, "-Atidemark.package=" + PACKAGE, "-Atidemark.failOnChange=false"));
    options.addAll(extraOptions);
    return javac().withProcessors(new TidemarkProcessor()).withOptions(options)
        .compile(sources(dir, resources));
  }

  static Compilation compile(Path dir, String... resources) {
    return compile(dir, List.of(), resources);
  }

  static List<JavaFileObject> sources(Path dir, String... resources) {
    List<JavaFileObject> files = new ArrayList<>();
    for (String resource : resources) {
      files.add(source(resource));
    }
    files.addAll(revisions(dir));
    return files;
  }

  /** The revision sources under {@code dir}, as a build would compile them. */
  static List<JavaFileObject> revisions(Path dir) {
    Path pkg = dir.resolve(PACKAGE.replace('.', '/'));
    if (!Files.isDirectory(pkg)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(pkg)) {
      List<JavaFileObject> result = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        result.add(JavaFileObjects.forSourceString(
            PACKAGE + "." + file.getFileName().toString().replace(".java", ""), Files.readString(file)));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Names of the files in the revision package under {@code dir}, sorted. */
  static List<String> revisionFiles(Path dir) throws IOException {
    Path pkg = dir.resolve(PACKAGE.replace('.', '/'));
    if (!Files.isDirectory(pkg)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(pkg)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
