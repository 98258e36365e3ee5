package io.tidemark;


/** A revision that an upgrade or downgrade ran, and how long it took. */
public record RevisionRun(RevisionNode revision, boolean upgrade, long millis) {
  /** Alembic's arrow: {@code parent -> id} for upgrades, {@code id -> parent} for downgrades. */
  public String arrow() {
    String parents = revision.parents().isEmpty() ? "base" : String.join(", ", revision.parents());
    return upgrade ? parents + " -> " + revision.id() : revision.id() + " -> " + parents;
  }
}
