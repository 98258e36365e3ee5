package io.tidemark.junit;

import io.tidemark.LiveSchema;
import io.tidemark.Migrator;
import io.tidemark.snapshot.Schema;
import java.util.Map;

/** Assertions about a chain of revisions on a live database. */
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

  /**
   * The same walk on the database of {@code migrator}, for a database the extension did not
   * make: at base it must hold no object the catalog reader sees (tables, views, types,
   * functions, ...), since what it held before the chain ran is unknown.
   */
  public static void assertChainRoundTrips(Migrator migrator) {
    new ChainWalk(migrator, new LiveSchema(Schema.EMPTY, Map.of(), Map.of())).run();
  }
}
