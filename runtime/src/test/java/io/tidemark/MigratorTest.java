package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.Fixtures;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigratorTest {
  private final PostgresServer server = PostgresServer.get();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("migrator");
  }

  private Migrator migrator(List<Migration> migrations) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(migrations).build();
  }

  private List<String> ids(List<RevisionRun> runs) {
    return runs.stream().map(run -> run.revision().id()).toList();
  }

  private List<String> versionRows() throws Exception {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.versionRows(c);
    }
  }

  private List<String> catalog() throws Exception {
    try (Connection c = server.connectUrl(url)) {
      return Catalog.describe(c);
    }
  }

  @Test
  void upgrade_head_appliesEveryRevisionOnceAndRecordsThem() throws Exception {
    Migrator migrator = migrator(Fixtures.linear());
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2", "0003_c3c3c3"),
        ids(migrator.upgrade("head")));
    assertEquals(List.of(), migrator.upgrade("head"));
    List<String> rows = versionRows();
    assertEquals(3, rows.size());
    assertTrue(rows.get(0).startsWith("0001_a1a1a1  create users "), rows.get(0));
    assertTrue(rows.get(0).endsWith(" false"));
    assertTrue(rows.get(2).startsWith("0003_c3c3c3 0002_b2b2b2 create orders "));
    assertTrue(rows.get(2).endsWith(" true"));
    MigrationStatus status = migrator.status();
    assertEquals(List.of("0003_c3c3c3"), status.currentHeads());
    assertTrue(status.upToDate());
  }

  @Test
  void upgradeAndDowngrade_relativeAndAbsoluteTargets_moveStepByStep() throws Exception {
    Migrator migrator = migrator(Fixtures.linear());
    assertEquals(List.of("0001_a1a1a1"), ids(migrator.upgrade("+1")));
    assertEquals(List.of("0002_b2b2b2"), ids(migrator.upgrade("0002")));
    assertEquals(List.of("0003_c3c3c3"), ids(migrator.upgrade("0002_b2b2b2+1")));
    assertEquals(List.of("0003_c3c3c3"), ids(migrator.downgrade("-1")));
    assertEquals(List.of("0002_b2b2b2"), ids(migrator.downgrade("0003_c3c3c3-2")));
    assertEquals(List.of("0001_a1a1a1"), migrator.status().currentHeads());
    assertEquals(List.of("0002_b2b2b2", "0003_c3c3c3"), ids(migrator.upgrade("heads")));
    assertEquals(List.of("0003_c3c3c3", "0002_b2b2b2"), ids(migrator.downgrade("0001_a1")));
    assertEquals(List.of("0001_a1a1a1"), ids(migrator.downgrade("base")));
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("tidemark_version"), Catalog.tables(c));
    }
    assertEquals(List.of(), versionRows());
    TidemarkException tooFar = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("+4"));
    assertEquals(ErrorCode.TM114, tooFar.code());
  }

  @Test
  void downgradeThenUpgrade_restoresTheSameCatalog() throws Exception {
    Migrator migrator = migrator(Fixtures.linear());
    migrator.upgrade("0002");
    List<String> atTwo = catalog();
    migrator.upgrade("head");
    migrator.downgrade("-1");
    assertEquals(atTwo, catalog());
  }

  @Test
  void upgrade_ambiguousPrefix_listsCandidates() {
    Migrator migrator = migrator(Fixtures.merged());
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("d4"));
    assertEquals(ErrorCode.TM111, error.code());
    assertTrue(error.getMessage().contains("0004_d4d4d4, 0005_d4e5f6"), error.getMessage());
  }

  @Test
  void mergeGraph_upgradeHeadsAndDowngradeAcrossTheMerge() throws Exception {
    Migrator branched = migrator(Fixtures.branched());
    TidemarkException ambiguous = assertThrows(TidemarkException.class,
        () -> branched.upgrade("head"));
    assertEquals(ErrorCode.TM112, ambiguous.code());
    assertEquals(5, branched.upgrade("heads").size());
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), branched.status().currentHeads());

    Migrator merged = migrator(Fixtures.merged());
    assertEquals(List.of("0006_f6f6f6"), ids(merged.upgrade("head")));
    assertEquals(List.of("0006_f6f6f6"), merged.status().currentHeads());
    assertEquals(List.of("0006_f6f6f6"), ids(merged.downgrade("-1")));
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6"), merged.status().currentHeads());
    assertEquals(List.of("0005_d4e5f6", "0004_d4d4d4"), ids(merged.downgrade("0005_d4e5f6-1")));
    assertEquals(List.of("0003_c3c3c3"), merged.status().currentHeads());
    assertEquals(List.of("0004_d4d4d4", "0005_d4e5f6", "0006_f6f6f6"),
        ids(merged.upgrade("head")));
    assertEquals(List.of("0006_f6f6f6", "0005_d4e5f6", "0004_d4d4d4"),
        ids(merged.downgrade("0003_c3c3c3")));
    assertEquals(List.of("0003_c3c3c3"), merged.status().currentHeads());
  }

  @Revision(id = "0002_b2b2b2", parent = "0001_a1a1a1", message = "add users.email")
  static final class ThrowingAddEmail implements Migration {
    @Override
    public void upgrade(Operations op) {
      throw new IllegalStateException("no email for you");
    }

    @Override
    public void downgrade(Operations op) {}
  }

  @Test
  void upgradeAndStatus_appliedRevisionThatThrows_reportTm107AndChangeNothing() throws Exception {
    migrator(Fixtures.linear().subList(0, 2)).upgrade("head");
    List<String> rowsBefore = versionRows();
    Migrator broken = migrator(List.of(new Fixtures.CreateUsers(), new ThrowingAddEmail(),
        new Fixtures.CreateOrders()));
    TidemarkException upgrade = assertThrows(TidemarkException.class,
        () -> broken.upgrade("head"));
    assertEquals(ErrorCode.TM107, upgrade.code());
    assertEquals("0002_b2b2b2", upgrade.revision());
    assertTrue(upgrade.getMessage().contains("ThrowingAddEmail") && upgrade.getMessage()
        .contains("no email for you"), upgrade.getMessage());
    TidemarkException status = assertThrows(TidemarkException.class, broken::status);
    assertEquals(ErrorCode.TM107, status.code());
    assertEquals(rowsBefore, versionRows());
  }

  @Test
  void upgrade_changedAppliedRevision_refusesAndChangesNothing() throws Exception {
    migrator(Fixtures.linear().subList(0, 2)).upgrade("head");
    List<String> rowsBefore = versionRows();
    List<String> catalogBefore = catalog();
    Migrator edited = migrator(List.of(new Fixtures.CreateUsers(), new Fixtures.AddEmailEdited(),
        new Fixtures.CreateOrders()));
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> edited.upgrade("head"));
    assertEquals(ErrorCode.TM120, error.code());
    assertEquals("0002_b2b2b2", error.revision());
    assertEquals(rowsBefore, versionRows());
    assertEquals(catalogBefore, catalog());
    assertEquals(List.of("0002_b2b2b2"), edited.status().changed());

    assertEquals(List.of("0003_c3c3c3"), ids(edited.upgrade("head", true)));
    assertTrue(edited.status().upToDate());
  }

  @Test
  void stamp_acceptsChangedRevision() throws Exception {
    migrator(Fixtures.linear()).upgrade("head");
    Migrator edited = migrator(List.of(new Fixtures.CreateUsers(), new Fixtures.AddEmailEdited(),
        new Fixtures.CreateOrders()));
    Migrator.StampResult result = edited.stamp("head");
    assertEquals(List.of("0002_b2b2b2"), result.accepted());
    assertEquals(List.of(), result.added());
    assertEquals(List.of(), edited.upgrade("head"));
  }

  @Test
  void stamp_handMadeDatabase_baselinesWithoutRunningAnything() throws Exception {
    try (Connection c = server.connectUrl(url)) {
      c.createStatement().execute("CREATE TABLE users (id bigint PRIMARY KEY, name text,"
          + " email text); CREATE INDEX users_email_idx ON users (email)");
    }
    Migrator migrator = migrator(Fixtures.linear());
    Migrator.StampResult result = migrator.stamp("0002");
    assertEquals(List.of("0002_b2b2b2"), result.heads());
    assertEquals(List.of("0001_a1a1a1", "0002_b2b2b2"), result.added());
    assertEquals(List.of("0003_c3c3c3"), ids(migrator.upgrade("head")));
    assertEquals(List.of("0003_c3c3c3"), migrator.status().currentHeads());
    List<String> rows = versionRows();
    assertTrue(rows.get(1).endsWith(" false") && rows.get(2).endsWith(" true"), rows.toString());
    assertEquals(List.of("0001_a1a1a1"), migrator.stamp("0001").heads());
    assertEquals(List.of("0001_a1a1a1"), migrator.status().currentHeads());
    assertEquals(List.of(), migrator.stamp("base").heads());
    assertEquals(List.of(), versionRows());
  }

  @Test
  void upgrade_thirdStatementFails_leavesDatabaseAndVersionTableAsBefore() throws Exception {
    migrator(Fixtures.linear()).upgrade("head");
    List<String> rowsBefore = versionRows();
    List<String> catalogBefore = catalog();
    Migrator failing = migrator(Fixtures.with(new Fixtures.FailsAtThirdStatement()));
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> failing.upgrade("head"));
    assertEquals(ErrorCode.TM130, error.code());
    assertEquals("0004_badbad", error.revision());
    assertEquals("INSERT INTO users (id, name) VALUES (1, 'duplicate')", error.statement());
    assertEquals("23505", error.sqlState());
    assertTrue(error.getMessage().contains("duplicate key"), error.getMessage());
    assertEquals(rowsBefore, versionRows());
    assertEquals(catalogBefore, catalog());
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("0"), Catalog.query(c, "SELECT count(*) FROM users"));
    }
  }

  @Test
  void upgrade_failureInsidePipelinedRevisions_keepsThoseBeforeAndNamesTheStatement()
      throws Exception {
    migrator(Fixtures.linear()).upgrade("head");
    List<String> catalogAfterLinear = catalog();
    migrator(Fixtures.linear()).downgrade("base");
    List<String> events = new java.util.ArrayList<>();
    Migrator failing = Migrator.builder().url(url).user(server.user())
        .password(server.password()).migrations(Fixtures.with(new Fixtures.FailsAtThirdStatement()))
        .listener(new Migrator.Listener() {
          @Override
          public void starting(RevisionNode revision, boolean upgrade, int index, int total) {
            events.add("start " + index + "/" + total + " " + revision.id());
          }

          @Override
          public void finished(RevisionRun run, int index, int total) {
            events.add("done " + index + "/" + total + " " + run.revision().id());
          }
        }).build();
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> failing.upgrade("head"));
    assertEquals(ErrorCode.TM130, error.code());
    assertEquals("0004_badbad", error.revision());
    assertEquals("INSERT INTO users (id, name) VALUES (1, 'duplicate')", error.statement());
    assertEquals(List.of("start 1/4 0001_a1a1a1", "done 1/4 0001_a1a1a1",
        "start 2/4 0002_b2b2b2", "done 2/4 0002_b2b2b2", "start 3/4 0003_c3c3c3",
        "done 3/4 0003_c3c3c3", "start 4/4 0004_badbad"), events);
    assertEquals(List.of("0003_c3c3c3"), failing.status().currentHeads());
    assertEquals(catalogAfterLinear, catalog());
  }

  @Test
  void upgrade_failureAfterNonTransactionalStep_recordsProgressAndTheNextRunContinues()
      throws Exception {
    migrator(Fixtures.linear()).upgrade("head");
    Migrator failing = migrator(Fixtures.with(new Fixtures.FailsAfterConcurrentIndex()));
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> failing.upgrade("head"));
    assertEquals(ErrorCode.TM131, error.code());
    assertEquals("0004_0c0c0c", error.revision());
    assertEquals("42P01", error.sqlState());
    assertEquals("INSERT INTO no_such_table VALUES (1)", error.statement());
    assertTrue(error.getMessage().contains("stopped at step 3 of 3")
        && error.getMessage().contains("Steps 1 to 2 are done and recorded")
        && error.getMessage().contains("CREATE INDEX CONCURRENTLY audit_id_idx")
        && error.getMessage().contains("it continues with step 3"), error.getMessage());
    assertEquals(List.of("0003_c3c3c3"), failing.status().currentHeads());
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("0004_0c0c0c upgrading 2 false"), Catalog.query(c, "SELECT id || ' '"
          + " || state || ' ' || completed_steps || ' ' || is_head FROM tidemark_version"
          + " WHERE state <> 'applied'"));
      try (java.sql.Statement fix = c.createStatement()) {
        fix.execute("CREATE TABLE no_such_table (id int)");
      }
    }
    assertEquals(List.of("0004_0c0c0c"), ids(failing.upgrade("head")));
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("1"), Catalog.query(c, "SELECT count(*) FROM no_such_table"));
      assertEquals(List.of(), Catalog.query(c, "SELECT id FROM tidemark_version"
          + " WHERE state <> 'applied' OR completed_steps IS NOT NULL"));
    }
    assertEquals(List.of("0004_0c0c0c"), failing.status().currentHeads());
    assertTrue(versionRows().get(3).startsWith("0004_0c0c0c 0003_c3c3c3 index then fail "));
  }

  @Test
  void upgrade_nonTransactionalSteps_runOutsideTransactionAndRecordTheRevision()
      throws Exception {
    Migrator migrator = migrator(Fixtures.with(new Fixtures.ConcurrentIndex()));
    migrator.upgrade("head");
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("CREATE INDEX orders_total_idx ON public.orders USING btree (total)"),
          Catalog.query(c, "SELECT indexdef FROM pg_indexes WHERE indexname = 'orders_total_idx'"));
    }
    assertTrue(versionRows().get(3).startsWith("0004_1c1c1c 0003_c3c3c3 concurrent index"));
    assertEquals(List.of("0004_1c1c1c"), ids(migrator.downgrade("-1")));
    assertEquals(List.of("0003_c3c3c3"), migrator.status().currentHeads());
  }

  @Test
  void requireUpToDate_pendingChangedOrUnknown_failsWithTheStateAndPassesAtHead() {
    Migrator migrator = migrator(Fixtures.linear());
    migrator.upgrade("0002");
    TidemarkException pending = assertThrows(TidemarkException.class, migrator::requireUpToDate);
    assertEquals(ErrorCode.TM122, pending.code());
    assertTrue(pending.getMessage().contains("The database is at 0002_b2b2b2 and 1 revision(s)"
        + " are pending: 0003_c3c3c3."), pending.getMessage());
    migrator.upgrade("head");
    assertEquals(List.of("0003_c3c3c3"), migrator.requireUpToDate().currentHeads());
    TidemarkException changed = assertThrows(TidemarkException.class,
        () -> migrator(List.of(new Fixtures.CreateUsers(), new Fixtures.AddEmailEdited(),
            new Fixtures.CreateOrders())).requireUpToDate());
    assertEquals(ErrorCode.TM120, changed.code());
    TidemarkException unknown = assertThrows(TidemarkException.class,
        () -> migrator(Fixtures.linear().subList(0, 2)).requireUpToDate());
    assertEquals(ErrorCode.TM121, unknown.code());
    assertEquals("0003_c3c3c3", unknown.revision());
  }

  @Test
  void upgrade_databaseHasUnknownRevision_refuses() {
    migrator(Fixtures.linear()).upgrade("head");
    Migrator older = migrator(Fixtures.linear().subList(0, 2));
    TidemarkException error = assertThrows(TidemarkException.class, () -> older.upgrade("head"));
    assertEquals(ErrorCode.TM121, error.code());
    assertEquals(List.of("0003_c3c3c3"), older.status().unknown());
  }

  @Test
  void history_rangeAndShow_describeTheChain() {
    Migrator migrator = migrator(Fixtures.merged());
    assertEquals(List.of("0006_f6f6f6", "0005_d4e5f6", "0004_d4d4d4", "0003_c3c3c3"),
        migrator.history("0003:head").stream().map(RevisionNode::id).toList());
    assertEquals(List.of("0002_b2b2b2", "0001_a1a1a1"),
        migrator.history(":0002").stream().map(RevisionNode::id).toList());
    Migrator.RevisionDetails details = migrator.show("0002");
    assertEquals(2, details.upgrade().size());
    assertEquals(64, details.checksum().length());
  }
}
