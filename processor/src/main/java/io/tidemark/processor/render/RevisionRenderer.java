package io.tidemark.processor.render;

import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.snapshot.Schema;
import java.util.List;

/** Turns a diff into revision source (contract placeholder). */
public final class RevisionRenderer {
  private RevisionRenderer() {}

  public static RenderedRevision render(
      String packageName, int sequence, List<String> parents, DiffResult diff, Schema snapshot) {
    throw new IllegalStateException("RevisionRenderer is not written yet");
  }

  /** Source of the registry class listing {@code revisionClassNames} (simple names, in order). */
  public static String registry(String packageName, List<String> revisionClassNames) {
    throw new IllegalStateException("RevisionRenderer is not written yet");
  }
}
