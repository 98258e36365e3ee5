package io.tidemark.processor;

import io.tidemark.chain.RevisionGraph;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;

/**
 * The schema after any revision on disk: its sibling {@code .snapshot.json}, or for a
 * hand-written revision (which has none) the schema after its parents, merged when several.
 */
final class SnapshotStore {
  private final RevisionGraph<RevisionFile> graph;
  private final Reporter reporter;
  private final Element anchor;
  private final Map<String, Schema> cache = new HashMap<>();

  SnapshotStore(RevisionGraph<RevisionFile> graph, Reporter reporter, Element anchor) {
    this.graph = graph;
    this.reporter = reporter;
    this.anchor = anchor;
  }

  /**
   * The schema after {@code revision}; empty after reporting TM092 (also when a generated
   * revision lost its snapshot) or TM094.
   */
  Optional<Schema> after(RevisionFile revision) {
    Schema known = cache.get(revision.id());
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Schema> schema;
    if (Files.exists(revision.snapshotFile())) {
      schema = read(revision);
    } else if (revision.namesSnapshot()) {
      String file = revision.snapshotFile().toString();
      reporter.error(Code.TM092, anchor, "The snapshot " + file + " of generated revision "
          + revision.id() + " is missing. Restore it from version control (git checkout -- "
          + file + "); if the revision is not committed yet, delete " + revision.source()
          + " and rebuild to generate both again. A revision that should count as hand-written"
          + " (no snapshot) must not name a .snapshot.json in its Javadoc.");
      schema = Optional.empty();
    } else {
      schema = merged(revision.parents().stream().map(graph::get).toList());
    }
    schema.ifPresent(s -> cache.put(revision.id(), s));
    return schema;
  }

  /**
   * The snapshot file of {@code revision} as stored, or {@code null} when it has none or it
   * cannot be read (then {@link #after} reports why).
   */
  static String storedText(RevisionFile revision) {
    try {
      return Files.exists(revision.snapshotFile())
          ? Files.readString(revision.snapshotFile(), StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The schema after all of {@code heads} together: one head's own, or their merge. */
  Optional<Schema> merged(List<RevisionFile> heads) {
    if (heads.isEmpty()) {
      return Optional.of(Schema.EMPTY);
    }
    Optional<Schema> merged = after(heads.get(0));
    Set<String> mergedAncestors = graph.withAncestors(List.of(heads.get(0).id()));
    List<String> mergedIds = new ArrayList<>(List.of(heads.get(0).id()));
    for (RevisionFile head : heads.subList(1, heads.size())) {
      Optional<Schema> next = after(head);
      if (merged.isEmpty() || next.isEmpty()) {
        return Optional.empty();
      }
      Set<String> ancestors = graph.withAncestors(List.of(head.id()));
      Optional<Schema> base = commonBase(mergedAncestors, ancestors);
      if (base.isEmpty()) {
        return Optional.empty();
      }
      BranchMerger.Result result = BranchMerger.merge(base.get(), merged.get(), next.get());
      if (!result.conflicts().isEmpty()) {
        reporter.error(Code.TM094, anchor, "Revisions " + String.join(" and ", mergedIds)
            + " and " + head.id() + " are two heads that change the same objects differently: "
            + String.join(", ", result.conflicts()) + ". Tidemark cannot merge them: delete the"
            + " newer revision (and its .snapshot.json) and rebuild so it is generated again on"
            + " top of the other, or write a merge revision by hand.");
        return Optional.empty();
      }
      merged = Optional.of(result.merged());
      mergedAncestors.addAll(ancestors);
      mergedIds.add(head.id());
    }
    return merged;
  }

  /** The schema after the latest revision both sides descend from (empty schema if none). */
  private Optional<Schema> commonBase(Set<String> left, Set<String> right) {
    Set<String> common = left.stream().filter(right::contains).collect(Collectors.toSet());
    List<RevisionFile> ordered = graph.ordered();
    for (int i = ordered.size() - 1; i >= 0; i--) {
      if (common.contains(ordered.get(i).id())) {
        return after(ordered.get(i));
      }
    }
    return Optional.of(Schema.EMPTY);
  }

  private Optional<Schema> read(RevisionFile revision) {
    String file = revision.snapshotFile().toString();
    try {
      return Optional.of(SnapshotCodec.read(Files.readString(revision.snapshotFile(), StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      reporter.error(Code.TM092, anchor, "Cannot read the snapshot " + file + " of revision "
          + revision.id() + ": " + e.getMessage() + ". The snapshot is written by the processor and"
          + " must not be edited: restore it from version control (git checkout -- " + file + ")."
          + " If the revision itself is uncommitted, delete it with its snapshot and rebuild.");
      return Optional.empty();
    }
  }
}
