package io.tidemark;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One row of the version table: a revision applied to (or stamped on) the database.
 * {@code executionMs} is null for rows written by {@code stamp}, which ran nothing.
 */
public record AppliedRevision(String id, List<String> parents, String message, String checksum,
    OffsetDateTime appliedAt, String appliedBy, Long executionMs, boolean head) {
  public AppliedRevision {
    parents = List.copyOf(parents);
  }
}
