package io.tidemark.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Where the repository, its documentation and this module's shop application are. */
final class Paths {
  private Paths() {}

  static Path repo() {
    String root = System.getProperty("tidemark.repoRoot");
    Path path = root != null ? Path.of(root) : Path.of("..");
    return path.toAbsolutePath().normalize();
  }

  static Path docs() {
    return repo().resolve("docs");
  }

  /** This module, whose main sources are the shop application the guides use. */
  static Path module() {
    return repo().resolve("docs-tests");
  }

  /** Every documentation page, then the root README when it exists. */
  static List<Path> pages() {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(docs())) {
      files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path readme = repo().resolve("README.md");
    if (Files.exists(readme)) {
      pages.add(readme);
    }
    return pages;
  }
}
