package io.tidemark.processor;

import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Element;

/**
 * The revisions committed on disk under the revision package, as a graph: listed from the
 * file system, never from the compilation, because a partial compile hides sources.
 */
final class RevisionGraph {
  private static final Comparator<RevisionFile> ORDER = Comparator
      .comparingInt((RevisionFile r) -> r.sequence().orElse(Integer.MAX_VALUE))
      .thenComparing(RevisionFile::id);

  private final Map<String, RevisionFile> byId;
  private final List<RevisionFile> ordered;

  private RevisionGraph(Map<String, RevisionFile> byId, List<RevisionFile> ordered) {
    this.byId = byId;
    this.ordered = ordered;
  }

  /** Reads every {@code *.java} in {@code dir}; empty after reporting TM093 when one is malformed. */
  static Optional<RevisionGraph> load(Path dir, Reporter reporter, Element anchor) {
    Map<String, RevisionFile> byId = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return Optional.of(new RevisionGraph(byId, List.of()));
    }
    List<Path> sources;
    try (Stream<Path> files = Files.list(dir)) {
      sources = files.filter(p -> p.getFileName().toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("package-info.java"))
          .sorted().toList();
    } catch (IOException e) {
      reporter.error(Code.TM093, anchor, "Cannot list revisions in " + dir + ": " + e
          + "; check that the folder is readable.");
      return Optional.empty();
    }
    for (Path source : sources) {
      String className = source.getFileName().toString().replaceFirst("\\.java$", "");
      String text;
      try {
        text = Files.readString(source, StandardCharsets.UTF_8);
      } catch (IOException e) {
        reporter.error(Code.TM093, anchor, "Cannot read revision " + source + ": " + e + ".");
        return Optional.empty();
      }
      Optional<RevisionSourceParser.Header> header = RevisionSourceParser.parse(text);
      if (header.isEmpty()) {
        reporter.error(Code.TM093, anchor, source + " has no readable @Revision(id = \"...\","
            + " parent = ...) annotation; only revision classes may live in this package: add the"
            + " annotation with string literals or move the class elsewhere.");
        return Optional.empty();
      }
      RevisionFile file = new RevisionFile(header.get().id(), header.get().parents(), className, source,
          RevisionSourceParser.namesSnapshot(text, className));
      RevisionFile clash = byId.putIfAbsent(file.id(), file);
      if (clash != null) {
        reporter.error(Code.TM093, anchor, "Revisions " + clash.source().getFileName() + " and "
            + source.getFileName() + " both have id " + file.id() + "; give one a new id (and"
            + " fix the parents that point to it).");
        return Optional.empty();
      }
    }
    for (RevisionFile file : byId.values()) {
      for (String parent : file.parents()) {
        if (!byId.containsKey(parent)) {
          reporter.error(Code.TM093, anchor, "Revision " + file.id() + " (" + file.source().getFileName()
              + ") names parent " + parent + ", which is not in " + dir + "; restore that revision"
              + " or correct the parent.");
          return Optional.empty();
        }
      }
    }
    List<RevisionFile> ordered = topological(byId);
    if (ordered.size() != byId.size()) {
      reporter.error(Code.TM093, anchor, "The revisions in " + dir + " form a cycle; correct the"
          + " parent of one of them.");
      return Optional.empty();
    }
    return Optional.of(new RevisionGraph(byId, ordered));
  }

  /** Parents before children; among the ready ones, by sequence then id. */
  private static List<RevisionFile> topological(Map<String, RevisionFile> byId) {
    Map<String, Integer> waiting = new HashMap<>();
    Map<String, List<RevisionFile>> children = new HashMap<>();
    PriorityQueue<RevisionFile> ready = new PriorityQueue<>(ORDER);
    for (RevisionFile file : byId.values()) {
      waiting.put(file.id(), new HashSet<>(file.parents()).size());
      new HashSet<>(file.parents()).forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(file));
      if (file.parents().isEmpty()) {
        ready.add(file);
      }
    }
    List<RevisionFile> result = new ArrayList<>();
    while (!ready.isEmpty()) {
      RevisionFile next = ready.poll();
      result.add(next);
      for (RevisionFile child : children.getOrDefault(next.id(), List.of())) {
        if (waiting.merge(child.id(), -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    return result;
  }

  /** All revisions, parents before children. */
  List<RevisionFile> ordered() {
    return ordered;
  }

  RevisionFile get(String id) {
    return byId.get(id);
  }

  /** Revisions no other revision names as parent, in order. */
  List<RevisionFile> heads() {
    Set<String> parents = new HashSet<>();
    ordered.forEach(r -> parents.addAll(r.parents()));
    return ordered.stream().filter(r -> !parents.contains(r.id())).toList();
  }

  /** {@code id} and every revision it descends from. */
  Set<String> ancestors(String id) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(id));
    while (!todo.isEmpty()) {
      String next = todo.remove(todo.size() - 1);
      if (seen.add(next)) {
        todo.addAll(byId.get(next).parents());
      }
    }
    return seen;
  }

  /** One more than the highest sequence on disk. */
  int nextSequence() {
    return byId.values().stream().mapToInt(r -> r.sequence().orElse(0)).max().orElse(0) + 1;
  }
}
