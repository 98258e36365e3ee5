package io.tidemark.processor;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A revision source found on disk: its {@code @Revision} id and parents, class and file, and
 * whether it names its snapshot file ({@code namesSnapshot}), as every generated revision does;
 * a hand-written one has no snapshot.
 */
record RevisionFile(String id, List<String> parents, String className, Path source, boolean namesSnapshot) {
  RevisionFile {
    parents = List.copyOf(parents);
  }

  /** The sibling file holding the snapshot after this revision. */
  Path snapshotFile() {
    return source.resolveSibling(className + ".snapshot.json");
  }

  /** The sequence number of an id of the form {@code NNNN_hhhhhh}, if it has one. */
  OptionalInt sequence() {
    int underscore = id.indexOf('_');
    String digits = underscore < 0 ? id : id.substring(0, underscore);
    return digits.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(digits)) : OptionalInt.empty();
  }
}
