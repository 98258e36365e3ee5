package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The adoption flow of {@code docs/adopting.md}, step by step as a user runs it, with the
 * commands that page (and {@code docs/commands.md}) prints, word for word: {@code import}
 * through the CLI, a compile with the real processor (the baseline), a second compile that
 * writes nothing, {@code revision --unmodelled} on the compiled classes, a compile of that
 * revision; then {@code stamp head} and {@code check --drift} on the imported database.
 */
public final class ImportFlow implements AutoCloseable {
  public static final String MODEL = "com.acme.model";
  public static final String REVISIONS = "com.acme.db";
  private static final String IMPORT = "tidemark import --package com.acme.model --dir "
      + "src/main/java";
  private static final String UNMODELLED = "tidemark revision --unmodelled --package "
      + "com.acme.db --dir src/main/java";
  private static final String STAMP = "tidemark stamp head";
  private static final String DRIFT = "tidemark check --drift";

  private final Path work;
  private final Path src;
  private final String[] connection;
  private final List<URLClassLoader> loaders = new ArrayList<>();
  private Path classes;
  private String importOutput;
  private String unmodelledOutput;

  /** A flow in a fresh folder named {@code name}, on the database the options name. */
  public ImportFlow(String name, String... connection) {
    this.work = ItPaths.freshWorkDir(name);
    this.src = work.resolve("src");
    this.connection = connection.clone();
  }

  /** Steps 1 to 3: import, compile (baseline, then nothing), the unmodelled revision. */
  public void importAndCompile() {
    String adopting = page("adopting.md");
    for (String command : List.of(IMPORT, "mvn compile", UNMODELLED, STAMP, DRIFT)) {
      assertTrue(adopting.contains("\n" + command + "\n"), "docs/adopting.md shows " + command);
    }
    String commands = page("commands.md");
    assertTrue(commands.contains("\n" + IMPORT + "\n") && commands.contains(UNMODELLED + "\n"),
        "docs/commands.md shows " + IMPORT + " and " + UNMODELLED);
    Cli.Result imported = run(false, IMPORT);
    assertEquals(0, imported.exitCode(), imported.output());
    importOutput = imported.output();
    compile("baseline");
    assertEquals(1, revisions().size(), "one baseline revision: " + revisions());
    List<Path> baseline = revisions();
    compile("again");
    assertEquals(baseline, revisions(), "compiling the imported entities again writes nothing");
    Cli.Result unmodelled = run(true, UNMODELLED);
    assertEquals(0, unmodelled.exitCode(), unmodelled.output());
    unmodelledOutput = unmodelled.output();
    compile("unmodelled");
    List<Path> after = revisions();
    assertEquals(2, after.size(), "the hand-written revision on the baseline: " + after);
    compile("final");
    assertEquals(after, revisions(), "nothing new after the hand-written revision");
  }

  /**
   * Step 4 and the drift check on the imported database, which reports exactly
   * {@code expected}: the table parts listed as outside the model, or nothing.
   */
  public void stampAndCheckDrift(String... expected) {
    Cli.Result stamp = run(true, STAMP);
    assertEquals(0, stamp.exitCode(), stamp.output());
    Cli.Result drift = run(true, DRIFT);
    List<String> lines = drift.output().lines().filter(l -> l.startsWith("  ")).map(String::strip)
        .toList();
    assertEquals(List.of(expected), lines, drift.output());
    assertEquals(expected.length == 0 ? 0 : 3, drift.exitCode(), drift.output());
  }

  /** A migrator over the compiled revisions on {@code url}. */
  public Migrator migrator(String url, String user, String password) {
    try {
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          ImportFlow.class.getClassLoader());
      loaders.add(loader);
      return Migrator.builder().url(url).user(user).password(password).classLoader(loader)
          .build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(classes.toString(), e);
    }
  }

  public Path sourceRoot() {
    return src;
  }

  public String importOutput() {
    return importOutput;
  }

  public String unmodelledOutput() {
    return unmodelledOutput;
  }

  /** The source of the entity or revision class {@code simpleName} under the source root. */
  public String source(String packageName, String simpleName) {
    try {
      return Files.readString(src.resolve(packageName.replace('.', '/'))
          .resolve(simpleName + ".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sources under the revision package, sorted. */
  public List<Path> revisions() {
    return javaFiles(src.resolve(REVISIONS.replace('.', '/')));
  }

  /** Runs a command as the page prints it, in this flow's folder instead of the project's. */
  private Cli.Result run(boolean compiled, String pageCommand) {
    String[] words = pageCommand.replace("src/main/java", src.toString()).split(" ");
    return cli(compiled, List.of(words).subList(1, words.length).toArray(String[]::new));
  }

  private static String page(String name) {
    try {
      return Files.readString(ItPaths.path("tidemark.docs").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the CLI with the connection options; {@code compiled}: with the classes. */
  Cli.Result cli(boolean compiled, String... args) {
    String classpath = System.getProperty("java.class.path")
        + (compiled ? File.pathSeparator + classes : "");
    return Cli.run(classpath, Stream.concat(Stream.of(connection), Stream.of(args))
        .toArray(String[]::new));
  }

  private void compile(String label) {
    List<Path> sources = new ArrayList<>(javaFiles(src.resolve(MODEL.replace('.', '/'))));
    sources.addAll(revisions());
    Path out = work.resolve("build").resolve(label);
    List<String> diagnostics = ModelCompiler.compile(sources, out.resolve("classes"),
        out.resolve("generated"), ModelCompiler.processorOptions(src, REVISIONS));
    // Lint findings (TM2xx) about the existing schema are advice the user reads; anything else
    // would be a fault of the imported sources.
    List<String> warnings = diagnostics.stream().filter(d -> !d.startsWith("NOTE"))
        .filter(d -> !d.matches("(?s)WARNING: .*: \\[TM2\\d\\d\\] .*"))
        .filter(d -> !d.startsWith("WARNING: No processor claimed any of these annotations"))
        .toList();
    assertEquals(List.of(), warnings, "the imported entities compile without other warnings");
    classes = out.resolve("classes");
  }

  private static List<Path> javaFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (URLClassLoader loader : loaders) {
      try {
        loader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
