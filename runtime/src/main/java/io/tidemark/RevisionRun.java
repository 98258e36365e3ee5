package io.tidemark;


/**
 * A revision that an upgrade or downgrade ran, and how long it took. {@code sentTogether} is
 * true when it went to the server in one round trip with the revisions next to it; its
 * {@code millis} are then the time the server spent in its transaction, as the version table
 * records it, which for a small revision is often 0.
 */
public record RevisionRun(RevisionNode revision, boolean upgrade, long millis,
    boolean sentTogether) {
  /** A revision that ran on its own, timed from its first statement to its commit. */
  public RevisionRun(RevisionNode revision, boolean upgrade, long millis) {
    this(revision, upgrade, millis, false);
  }

  /** Alembic's arrow: {@code parent -> id} for upgrades, {@code id -> parent} for downgrades. */
  public String arrow() {
    String parents = revision.parents().isEmpty() ? "base" : String.join(", ", revision.parents());
    return upgrade ? parents + " -> " + revision.id() : revision.id() + " -> " + parents;
  }
}
