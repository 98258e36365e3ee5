package io.tidemark.it.timescale;

import io.tidemark.Migrator;
import io.tidemark.it.ItPaths;
import io.tidemark.it.ModelCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles successive versions of one entity model with the real processor, keeping the
 * revision directory between versions like a user's source tree does, and gives a
 * {@link Migrator} over the classes each version produced.
 */
public final class ModelChain implements AutoCloseable {
  private final Path work;
  private final Path revisionRoot;
  private final Path revisions;
  private final String revisionPackage;
  private final List<URLClassLoader> loaders = new ArrayList<>();

  public ModelChain(String name, String revisionPackage) {
    this.work = ItPaths.freshWorkDir(name);
    this.revisionRoot = work.resolve("src");
    this.revisionPackage = revisionPackage;
    this.revisions = revisionRoot.resolve(revisionPackage.replace('.', '/'));
    try {
      Files.createDirectories(revisionRoot);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + revisionRoot, e);
    }
  }

  /** One compiled version: the revision sources it added and where its classes are. */
  public record Version(String label, List<Path> added, Path classes, List<String> diagnostics) {
    public Version {
      added = List.copyOf(added);
      diagnostics = List.copyOf(diagnostics);
    }

    /** The single revision this version added; fails naming what was added otherwise. */
    Path revision() {
      if (added.size() != 1) {
        throw new AssertionError(label + " should add exactly one revision, added " + added
            + "; diagnostics:\n" + String.join("\n", diagnostics));
      }
      return added.get(0);
    }

    String revisionSource() {
      return read(revision());
    }
  }

  /**
   * Compiles the model sources of {@code inputs/<model>} together with every revision written
   * so far, with the Tidemark processor, as one build of the user's project.
   */
  public Version compile(String model) {
    return compile(model, List.of());
  }

  /** Like {@link #compile(String)}, with more processor options ({@code -Akey=value}). */
  public Version compile(String model, List<String> options) {
    List<Path> before = revisionSources();
    List<Path> sources = new ArrayList<>(javaFiles(inputs(model)));
    sources.addAll(before);
    Path out = work.resolve("build").resolve(model);
    List<String> diagnostics = ModelCompiler.compile(sources, out.resolve("classes"),
        out.resolve("generated"), Stream.concat(
            ModelCompiler.processorOptions(revisionRoot, revisionPackage).stream(),
            options.stream()).toList());
    List<Path> added = new ArrayList<>(revisionSources());
    added.removeAll(before);
    return new Version(model, added, out.resolve("classes"), diagnostics);
  }

  /** A migrator on {@code url} that runs the revisions compiled for {@code version}. */
  public Migrator migrator(Version version, String url) {
    return migrator(version, url, null, null);
  }

  /** As {@link #migrator(Version, String)}, logging in as {@code user}. */
  public Migrator migrator(Version version, String url, String user, String password) {
    URLClassLoader loader;
    try {
      loader = new URLClassLoader(new URL[] {version.classes().toUri().toURL()},
          ModelChain.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(version.classes().toString(), e);
    }
    loaders.add(loader);
    return Migrator.builder().url(url).user(user).password(password).classLoader(loader)
        .build();
  }

  /** The revision sources on disk, in name order (their names start with the sequence). */
  List<Path> revisionSources() {
    return Files.isDirectory(revisions) ? javaFiles(revisions) : List.of();
  }

  @Override
  public void close() {
    for (URLClassLoader loader : loaders) {
      try {
        loader.close();
      } catch (IOException e) {
        throw new UncheckedIOException("could not close the class loader of " + work, e);
      }
    }
  }

  /** The model inputs under {@code src/test/resources/timescale/<model>}. */
  static Path inputs(String model) {
    URL url = ModelChain.class.getClassLoader().getResource("timescale/" + model);
    if (url == null) {
      throw new IllegalStateException("no test resource timescale/" + model);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(url.toString(), e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + dir, e);
    }
  }
}
