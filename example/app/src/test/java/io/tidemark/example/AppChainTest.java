package io.tidemark.example;

import static io.tidemark.example.ExampleAppTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Drift;
import io.tidemark.junit.TidemarkAssertions;
import io.tidemark.junit.TidemarkDatabase;
import io.tidemark.junit.TidemarkTestDatabase;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The ingestion service's chain on a database of its own, migrated to head by the Tidemark
 * JUnit extension, as an application's own tests hold it (docs/testing.md).
 */
@TidemarkDatabase(revisionPackage = "io.tidemark.example.db")
class AppChainTest {
  @Test
  void head_renamedColumn_holdsTheNewNameOnly(DataSource dataSource) throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertEquals(List.of("credentials_json"), strings(c, "SELECT column_name FROM "
          + "information_schema.columns WHERE table_name = 'ingestions'"
          + " AND column_name LIKE '%credentials%'"));
    }
  }

  @Test
  void head_liveSchema_matchesTheModelOfTheHeadRevision(TidemarkTestDatabase database) {
    Drift drift = database.migrator().drift();
    assertEquals("0005_7803e8", drift.revision());
    assertTrue(drift.none(), drift.differences().toString());
  }

  @Test
  void chain_downToBaseAndUpAgain_roundTrips(TidemarkTestDatabase database) {
    TidemarkAssertions.assertChainRoundTrips(database);
  }

  @Test
  void run_databaseAlreadyAtHead_appliesNothingAndExitsZero(TidemarkTestDatabase database) {
    String url = database.url() + (database.url().contains("?") ? "&" : "?") + "user="
        + database.user() + "&password=" + database.password();
    ExampleAppTest.Run run = ExampleAppTest.run(url);
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().contains("Nothing to upgrade.\n"), run.out());
    assertFalse(run.out().contains("password=" + database.password()), run.out());
  }
}
