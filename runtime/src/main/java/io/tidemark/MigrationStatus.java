package io.tidemark;

import io.tidemark.history.Inconsistency;
import io.tidemark.history.PartialRevision;
import java.util.List;

/**
 * What the database holds compared with the code: the version-table rows, its current heads,
 * the revisions still pending, applied revisions whose code changed, applied revisions the
 * code does not know, every way the version table contradicts the code or itself, and the
 * revisions whose last run stopped part way.
 */
public record MigrationStatus(List<AppliedRevision> applied, List<String> currentHeads,
    List<RevisionNode> pending, List<String> changed, List<String> unknown,
    List<Inconsistency> inconsistencies, List<PartialRevision> stopped) {
  public MigrationStatus {
    applied = List.copyOf(applied);
    currentHeads = List.copyOf(currentHeads);
    pending = List.copyOf(pending);
    changed = List.copyOf(changed);
    unknown = List.copyOf(unknown);
    inconsistencies = List.copyOf(inconsistencies);
    stopped = List.copyOf(stopped);
  }

  /**
   * True when every revision is applied unchanged, the version table is consistent and no run
   * stopped part way.
   */
  public boolean upToDate() {
    return pending.isEmpty() && changed.isEmpty() && unknown.isEmpty()
        && inconsistencies.isEmpty() && stopped.isEmpty();
  }
}
