package io.tidemark.processor;

import io.tidemark.chain.ChainCheck;
import io.tidemark.chain.ChainProblem;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.chain.RevisionHeader;
import io.tidemark.chain.RevisionSourceParser;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Place;
import io.tidemark.processor.model.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the revisions committed under the revision package, listed from the file system, never
 * from the compilation (a partial compile hides sources), and checks them with the chain rules
 * the runtime applies: a hand-written revision that the runtime would refuse fails the build.
 * Each broken rule is reported on the revision class when it is part of the compilation, on its
 * {@code @Revision} value where one is to blame; otherwise the message names the file.
 */
final class RevisionReader {
  private final Reporter reporter;
  private final Element anchor;
  /** The types of this compilation by qualified name. */
  private final Map<String, TypeElement> compiled;

  RevisionReader(Reporter reporter, Element anchor, Map<String, TypeElement> compiled) {
    this.reporter = reporter;
    this.anchor = anchor;
    this.compiled = compiled;
  }

  /** The valid chain on disk, empty after reporting why it is not one. */
  Optional<RevisionGraph<RevisionFile>> read(ProcessorOptions options) {
    Path dir = options.packageDir();
    List<RevisionFile> files = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      List<Path> sources;
      try (Stream<Path> listed = Files.list(dir)) {
        sources = listed.filter(p -> p.getFileName().toString().endsWith(".java"))
            .filter(p -> !p.getFileName().toString().equals("package-info.java"))
            .sorted().toList();
      } catch (IOException e) {
        reporter.error(Code.TM093, anchor, "Cannot list revisions in " + dir + ": " + e
            + "; check that the folder is readable.");
        return Optional.empty();
      }
      boolean readable = true;
      for (Path source : sources) {
        Optional<RevisionFile> file = read(source, options.packageName());
        file.ifPresent(files::add);
        readable &= file.isPresent();
      }
      if (!readable) {
        // The rules would only add unknown parents for the revisions that were not read.
        return Optional.empty();
      }
    }
    ChainCheck<RevisionFile> check = ChainCheck.of(files,
        problem -> new IllegalStateException("[" + problem.code() + "] " + problem.message()));
    for (ChainProblem<RevisionFile> problem : check.problems()) {
      reporter.error(problem, place(problem, options.packageName()));
    }
    return check.problems().isEmpty() ? Optional.of(check.graph()) : Optional.empty();
  }

  /** The revision in {@code source}, empty after reporting TM093 when it cannot be read. */
  private Optional<RevisionFile> read(Path source, String packageName) {
    String className = source.getFileName().toString().replaceFirst("\\.java$", "");
    String text;
    try {
      text = Files.readString(source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      reporter.error(Code.TM093, anchor, "Cannot read revision " + source + ": " + e + ".");
      return Optional.empty();
    }
    Optional<RevisionHeader> header = RevisionSourceParser.parse(text, source.toString());
    if (header.isEmpty()) {
      TypeElement type = compiled.get(packageName + "." + className);
      reporter.error(Code.TM093, type != null ? type : anchor, source + " has no readable"
          + " @Revision(id = \"...\", parent = ...) annotation; only revision classes may live in"
          + " this package: add the annotation with string literals or move the class elsewhere.");
      return Optional.empty();
    }
    boolean namesSnapshot = RevisionSourceParser.preamble(text)
        .contains(className + ".snapshot.json");
    return Optional.of(new RevisionFile(header.get().id(), header.get().parents(), className,
        source, namesSnapshot));
  }

  /**
   * The revision class of the problem, on the {@code @Revision} value to blame, when the class
   * is part of this compilation; nowhere otherwise (the message names the file).
   */
  private Place place(ChainProblem<RevisionFile> problem, String packageName) {
    if (problem.node() == null) {
      return Place.of(anchor);
    }
    TypeElement type = compiled.get(packageName + "." + problem.node().className());
    if (type == null) {
      return Place.of(null);
    }
    String attribute = switch (problem.code()) {
      case TM102, TM106 -> "id";
      case TM103, TM104 -> "parent";
      default -> "";
    };
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      Element annotation = mirror.getAnnotationType().asElement();
      if (annotation instanceof TypeElement t
          && t.getQualifiedName().contentEquals("io.tidemark.Revision")) {
        return new Place(type, mirror, value(mirror, attribute));
      }
    }
    return Place.of(type);
  }

  private static AnnotationValue value(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
