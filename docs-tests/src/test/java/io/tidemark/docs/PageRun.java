package io.tidemark.docs;

import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The state one page's blocks share while they are checked top to bottom, as a reader would
 * follow them: a project folder holding the shop application, one database, and the Java
 * snippets compiled so far.
 */
final class PageRun {
  private final Path work;
  private Path project;
  private String databaseUrl;
  private int compilations;
  List<String> group = new ArrayList<>();
  SnippetCompiler.Result lastCompile;

  PageRun(Path work) {
    this.work = work;
  }

  /**
   * A folder laid out like the shop application's project: its compiled classes and class
   * path under {@code target/} and a copy of its sources, so commands that write revisions
   * leave the module untouched.
   */
  Path project() throws IOException {
    if (project == null) {
      project = Files.createDirectories(work.resolve("project"));
      Files.createSymbolicLink(project.resolve("target"), Paths.module().resolve("target"));
      Path from = Paths.module().resolve("src/main/java");
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : files.toList()) {
          Path to = project.resolve("src/main/java").resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.copy(file, to);
          }
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return project;
  }

  /** The environment of every command: the page's own database as {@code DATABASE_URL}. */
  Map<String, String> environment() {
    if (databaseUrl == null) {
      PostgresServer server = PostgresServer.get();
      String jdbc = server.createDatabase("docs");
      String hostAndDb = jdbc.substring("jdbc:postgresql://".length());
      databaseUrl = "postgresql://" + server.user() + ":" + server.password() + "@" + hostAndDb;
    }
    return Map.of("DATABASE_URL", databaseUrl);
  }

  /** Compiles {@code sources} in a fresh folder and remembers the result for later blocks. */
  SnippetCompiler.Result compile(List<String> sources) throws IOException {
    group = new ArrayList<>(sources);
    lastCompile = SnippetCompiler.compile(sources, work.resolve("javac" + ++compilations));
    return lastCompile;
  }
}
