package io.tidemark.junit;

/** Assertions about a test class's chain of revisions on its {@link TidemarkTestDatabase}. */
public final class TidemarkAssertions {
  private TidemarkAssertions() {}

  /**
   * Walks the chain down to base one revision at a time and up to head again, reading the
   * catalog at every step, and fails with an {@link AssertionError} that names the revisions
   * and the objects that differ when the database at some revision is not the same on the way
   * up as on the way down, when objects remain at base that were not there before the chain
   * ran, or when a step fails. Leaves the database at head. Use it to check hand-edited
   * revisions: a downgrade that forgets to drop an index, say.
   */
  public static void assertChainRoundTrips(TidemarkTestDatabase database) {
    new ChainWalk(database.migrator(), database.beforeChain()).run();
  }
}
