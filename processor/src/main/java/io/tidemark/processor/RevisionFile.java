package io.tidemark.processor;

import io.tidemark.chain.ChainNode;
import java.nio.file.Path;
import java.util.List;

/**
 * A revision source found on disk: its {@code @Revision} id and parents, class and file, and
 * whether it names its snapshot file ({@code namesSnapshot}), as every generated revision does;
 * a hand-written one has no snapshot.
 */
record RevisionFile(String id, List<String> parents, String className, Path source, boolean namesSnapshot)
    implements ChainNode {
  RevisionFile {
    parents = List.copyOf(parents);
  }

  /** The source file, which messages name. */
  @Override
  public String origin() {
    return source.toString();
  }

  /** The sibling file holding the snapshot after this revision. */
  Path snapshotFile() {
    return source.resolveSibling(className + ".snapshot.json");
  }
}
