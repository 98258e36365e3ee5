package io.tidemark.history;

/**
 * A revision whose run stopped part way: an upgrade that committed {@code completedSteps} of
 * its statements without being recorded as applied, or a downgrade that reverted that many of
 * an applied revision. Only revisions with steps outside a transaction leave one.
 */
public record PartialRevision(String id, String checksum, boolean upgrade, int completedSteps) {
  public PartialRevision {
    if (completedSteps < 0) {
      throw new IllegalArgumentException("completed steps must not be negative: " + completedSteps);
    }
  }

  /** How the version table's {@code state} column names the direction. */
  public String state() {
    return upgrade ? VersionTable.UPGRADING : VersionTable.DOWNGRADING;
  }
}
