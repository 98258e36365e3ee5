package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.Fixtures;
import io.tidemark.history.Inconsistency;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hand edits of the version table (a deleted row, head flags, duplicated rows) and applied
 * revisions edited in code: reported by status, refused by upgrade and downgrade, fixed by
 * the stamp their message names.
 */
class VersionTableIntegrityTest {
  private final PostgresServer server = PostgresServer.get();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("integrity");
  }

  private Migrator migrator(List<Migration> migrations) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(migrations).build();
  }

  private void execute(String sql) throws Exception {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private List<String> state() throws Exception {
    try (Connection c = server.connectUrl(url)) {
      List<String> state = new java.util.ArrayList<>(Catalog.describe(c));
      state.addAll(Catalog.versionRows(c));
      return state;
    }
  }

  private static List<String> codes(MigrationStatus status) {
    return status.inconsistencies().stream().map(found -> found.code().name()).toList();
  }

  @Test
  void upgrade_rowDeletedBelowRecordedOnes_refusesWithTm124AndReappliesNothing()
      throws Exception {
    Migrator migrator = migrator(Fixtures.linear());
    migrator.upgrade("head");
    execute("DELETE FROM tidemark_version WHERE id = '0002_b2b2b2'");
    List<String> before = state();

    MigrationStatus status = migrator.status();
    assertEquals(List.of(), status.pending());
    assertEquals(List.of("TM124"), codes(status));
    assertEquals(List.of("0003_c3c3c3"), status.currentHeads());
    assertFalse(status.upToDate());
    Inconsistency gap = status.inconsistencies().get(0);
    assertEquals("0002_b2b2b2", gap.revision());
    assertEquals("The version table does not record revision 0002_b2b2b2 (add users.email), but "
        + "records 0003_c3c3c3, which comes after it: a row was deleted by hand, or a revision "
        + "reverted outside Tidemark. Tidemark never applies a revision below recorded ones. If "
        + "the changes of 0002_b2b2b2 are in the database, run 'tidemark stamp 0003_c3c3c3' to "
        + "record it again; if they are not, apply them by hand first ('tidemark show "
        + "0002_b2b2b2' prints the SQL), then stamp.", gap.message());

    TidemarkException upgrade = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM124, upgrade.code());
    assertTrue(upgrade.reason().endsWith("then stamp. Nothing was run."), upgrade.reason());
    assertEquals(ErrorCode.TM124,
        assertThrows(TidemarkException.class, () -> migrator.downgrade("base")).code());
    assertEquals(ErrorCode.TM124,
        assertThrows(TidemarkException.class, migrator::requireUpToDate).code());
    assertEquals(before, state());

    assertEquals(List.of("0002_b2b2b2"), migrator.stamp("0003_c3c3c3").added());
    assertTrue(migrator.requireUpToDate().upToDate());
    assertEquals(List.of("0003_c3c3c3", "0002_b2b2b2", "0001_a1a1a1"),
        migrator.downgrade("base").stream().map(run -> run.revision().id()).toList());
  }

  @Test
  void status_headFlagsClearedOnEveryRow_showsTheHeadFromTheGraphAndReportsTm125()
      throws Exception {
    Migrator migrator = migrator(Fixtures.merged());
    migrator.upgrade("heads");
    execute("UPDATE tidemark_version SET is_head = false");
    List<String> before = state();

    MigrationStatus status = migrator.status();
    assertEquals(List.of("0006_f6f6f6"), status.currentHeads());
    assertEquals(List.of("TM125"), codes(status));
    assertEquals("The version table's head flags (is_head) disagree with the revisions it "
        + "records: they mark none, but the recorded revisions end at 0006_f6f6f6. The table "
        + "was edited by hand. Run 'tidemark stamp 0006_f6f6f6' to rewrite the flags; it runs "
        + "no migration.", status.inconsistencies().get(0).message());
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.downgrade("-1"));
    assertEquals(ErrorCode.TM125, error.code());
    assertEquals(before, state());

    Migrator.StampResult stamp = migrator.stamp("0006_f6f6f6");
    assertEquals(List.of(), stamp.added());
    assertEquals(List.of(), stamp.removed());
    assertTrue(migrator.status().upToDate());
    try (Connection c = server.connectUrl(url)) {
      assertTrue(Catalog.versionRows(c).get(5).endsWith(" true"));
    }
  }

  @Test
  void upgrade_headFlagOnARevisionBelowAnother_refusesWithTm125ForEveryHead() throws Exception {
    Migrator migrator = migrator(Fixtures.branched());
    migrator.upgrade("heads");
    execute("UPDATE tidemark_version SET is_head = true WHERE id = '0003_c3c3c3'");

    MigrationStatus status = migrator.status();
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), status.currentHeads());
    assertTrue(status.inconsistencies().get(0).message().contains("they mark 0003_c3c3c3, "
        + "0004_d4d4d4, 0005_d4e5f6, but the recorded revisions end at 0004_d4d4d4, "
        + "0005_d4e5f6. The table was edited by hand. Run 'tidemark stamp current'"),
        status.inconsistencies().get(0).message());
    assertEquals(ErrorCode.TM125,
        assertThrows(TidemarkException.class, () -> migrator.upgrade("heads")).code());

    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), migrator.stamp("current").heads());
    assertTrue(migrator.status().upToDate());
  }

  @Test
  void upgrade_revisionRecordedTwice_refusesWithTm126UntilStampKeepsOneRow() throws Exception {
    Migrator migrator = migrator(Fixtures.linear());
    migrator.upgrade("0002");
    execute("ALTER TABLE tidemark_version DROP CONSTRAINT tidemark_version_pkey;"
        + " INSERT INTO tidemark_version SELECT * FROM tidemark_version"
        + " WHERE id = '0001_a1a1a1'");

    MigrationStatus status = migrator.status();
    assertEquals(List.of("TM126"), codes(status));
    assertEquals(List.of("0003_c3c3c3"),
        status.pending().stream().map(RevisionNode::id).toList());
    assertTrue(status.inconsistencies().get(0).message().startsWith("The version table records "
        + "revision 0001_a1a1a1 (2 rows) more than once; its primary key on id was dropped, or "
        + "another tool made the table. Run 'tidemark stamp 0002_b2b2b2' to keep one row per "
        + "revision, then restore the key: ALTER TABLE public.tidemark_version ADD PRIMARY "
        + "KEY (id)."), status.inconsistencies().get(0).message());
    assertEquals(ErrorCode.TM126,
        assertThrows(TidemarkException.class, () -> migrator.upgrade("head")).code());

    migrator.stamp("0002_b2b2b2");
    try (Connection c = server.connectUrl(url)) {
      assertEquals(2, Catalog.versionRows(c).size());
    }
    execute("ALTER TABLE tidemark_version ADD PRIMARY KEY (id)");
    assertEquals(1, migrator.upgrade("head").size());
  }

  @Test
  void downgrade_changedAppliedRevision_refusesWithTm120UnlessRepairAcceptsIt()
      throws Exception {
    migrator(Fixtures.linear()).upgrade("head");
    List<String> before = state();
    Migrator edited = migrator(List.of(new Fixtures.CreateUsers(), new Fixtures.AddEmailEdited(),
        new Fixtures.CreateOrders()));

    TidemarkException error = assertThrows(TidemarkException.class,
        () -> edited.downgrade("base"));
    assertEquals(ErrorCode.TM120, error.code());
    assertEquals("0002_b2b2b2", error.revision());
    assertEquals(before, state());

    assertEquals(List.of("0003_c3c3c3", "0002_b2b2b2"),
        edited.downgrade("0001", true).stream().map(run -> run.revision().id()).toList());
    assertTrue(edited.upgrade("head").size() == 2 && edited.status().upToDate());
  }
}
