package io.tidemark.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.MigrationStatus;
import io.tidemark.Migrator;
import io.tidemark.RevisionRun;
import io.tidemark.testing.PostgresServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library calls that docs/commands.md shows, run on the shop application's chain. */
class LibraryApiTest {
  @Test
  void migrator_upgradeHead_appliesTheShopChain() {
    PostgresServer server = PostgresServer.get();
    String databaseUrl = "postgresql://" + server.user() + ":" + server.password() + "@"
        + server.createDatabase("docs_api").substring("jdbc:postgresql://".length());

    Migrator migrator = Migrator.builder()
        .url(databaseUrl)
        .revisionPackage("com.example.shop.db.revisions")
        .lockRetryBudget(Duration.ofMinutes(10))
        .build();
    List<RevisionRun> applied = migrator.upgrade("head");
    MigrationStatus status = migrator.status();

    assertEquals(6, applied.size());
    assertTrue(status.upToDate());
    assertEquals(List.of("0006_0a6009"), status.currentHeads());
  }
}
