package io.tidemark;

import java.util.List;

/**
 * Lists the revisions of one application; the processor generates the implementation and
 * registers it for {@link java.util.ServiceLoader}, so the runtime never scans the class path.
 */
public interface RevisionRegistry {
  List<Migration> revisions();
}
