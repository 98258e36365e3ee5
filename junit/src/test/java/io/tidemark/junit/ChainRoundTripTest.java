package io.tidemark.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The round-trip assertion on chains whose hand-written downgrades are wrong. */
class ChainRoundTripTest {
  @TidemarkDatabase(revisionPackage = "io.tidemark.junit.broken")
  static final class Broken {}

  @TidemarkDatabase(revisionPackage = "io.tidemark.junit.leaky")
  static final class Leaky {}

  private static Server server;

  @BeforeAll
  static void server() {
    PostgresServer pg = PostgresServer.get();
    server = Servers.environment(Map.of(ServerChoice.URL_VARIABLE, pg.baseUrl() + "postgres",
        ServerChoice.USER_VARIABLE, pg.user(), ServerChoice.PASSWORD_VARIABLE, pg.password()));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void assertChainRoundTrips_downgradeKeepsItsIndex_failsNamingTheIndexAndRevision() {
    TidemarkTestDatabase database = TidemarkTestDatabase.create(server,
        Broken.class.getAnnotation(TidemarkDatabase.class), "Broken");
    try {
      AssertionError e = assertThrows(AssertionError.class,
          () -> TidemarkAssertions.assertChainRoundTrips(database));
      assertEquals("The chain does not round-trip at 0001_d4d4d4: the database after "
          + "downgrading 0002_e5e5e5 (index users.email) differs from the one after upgrading "
          + "0001_d4d4d4 (create users):\n"
          + "  index users.users_email_idx: only after downgrading 0002_e5e5e5 (index "
          + "users.email)\n"
          + "Check that each of these downgrades undoes its upgrade exactly.", e.getMessage());
    } finally {
      database.close();
    }
  }

  @Test
  void assertChainRoundTrips_downgradeLeavesItsTable_failsNamingTheTableAndRevision() {
    TidemarkTestDatabase database = TidemarkTestDatabase.create(server,
        Leaky.class.getAnnotation(TidemarkDatabase.class), "Leaky");
    try {
      AssertionError e = assertThrows(AssertionError.class,
          () -> TidemarkAssertions.assertChainRoundTrips(database));
      assertTrue(e.getMessage().startsWith("Upgrading base by one revision on the way back up "
          + "failed: [TM130] Revision 0001_f6f6f6 (upgrade, create audit) failed at step 1 of 1:"
          + " ERROR: relation \"audit\" already exists."), e.getMessage());
      assertTrue(e.getMessage().endsWith("\nAt base, the database differed from the one before "
          + "the chain ran:\n  table audit: only after downgrading 0001_f6f6f6 (create audit)"),
          e.getMessage());
    } finally {
      database.close();
    }
  }
}
