package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.Fixtures;
import io.tidemark.testing.PostgresServer;
import io.tidemark.testing.Psql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline SQL applied with psql, alone and with {@code --single-transaction}, leaves the same
 * catalog and version table as online runs.
 */
class OfflineSqlTest {
  private final PostgresServer server = PostgresServer.get();

  @TempDir
  Path dir;

  private Migrator migrator(String url) {
    return migrator(url, Fixtures.merged());
  }

  private Migrator migrator(String url, List<Migration> migrations) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(migrations).build();
  }

  /**
   * Applies {@code sql} with psql as the script's header says (it sets ON_ERROR_STOP itself),
   * and returns what psql did.
   */
  private Psql.Result psql(String url, String sql, boolean singleTransaction)
      throws IOException, InterruptedException {
    Path file = Files.writeString(dir.resolve("script.sql"), sql);
    return singleTransaction
        ? Psql.run(url, server.user(), server.password(), file, "-1")
        : Psql.run(url, server.user(), server.password(), file);
  }

  private void psqlSucceeds(String url, String sql, boolean singleTransaction)
      throws Exception {
    Psql.Result run = psql(url, sql, singleTransaction);
    assertEquals(0, run.exit(), run.output());
    assertFalse(run.output().contains("WARNING"), run.output());
  }

  private List<String> state(String url) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      List<String> state = new ArrayList<>(Catalog.describe(c));
      state.addAll(Catalog.versionRows(c));
      return state;
    }
  }

  /**
   * Applies {@code sql} with psql to {@code alone}, and with {@code --single-transaction} to
   * {@code single}; both must then match {@code online}, which the API brought there.
   */
  private void assertSameAs(String online, String alone, String single, String sql)
      throws Exception {
    psqlSucceeds(alone, sql, false);
    psqlSucceeds(single, sql, true);
    assertEquals(state(online), state(alone));
    assertEquals(state(online), state(single));
  }

  @Test
  void upgradeSql_eachRangeForm_matchesOnlineRun() throws Exception {
    String online = server.createDatabase("online");
    String alone = server.createDatabase("alone");
    String single = server.createDatabase("single");
    Migrator migrator = migrator(online);

    migrator.upgrade("0002");
    String toTwo = migrator.upgradeSql("0002");
    assertTrue(toTwo.contains("    CREATE TABLE IF NOT EXISTS public.tidemark_version"), toTwo);
    assertTrue(toTwo.contains("\n-- Running upgrade base -> 0001_a1a1a1, create users\n"
        + ":tidemark_begin\n"), toTwo);
    assertSameAs(online, alone, single, toTwo);

    migrator.upgrade("0002_b2b2b2+1");
    assertSameAs(online, alone, single, migrator.upgradeSql("0002:0002_b2b2b2+1"));

    migrator.upgrade("+1");
    assertSameAs(online, alone, single, migrator.upgradeSql("0003:+1"));

    migrator.upgrade("heads");
    assertSameAs(online, alone, single, migrator.upgradeSql("0004_d4d4d4:heads"));
  }

  @Test
  void downgradeSql_eachRangeForm_matchesOnlineRun() throws Exception {
    String online = server.createDatabase("online");
    String alone = server.createDatabase("alone");
    String single = server.createDatabase("single");
    Migrator migrator = migrator(online);
    migrator.upgrade("head");
    assertSameAs(online, alone, single, migrator.upgradeSql("head"));

    migrator.downgrade("-1");
    assertSameAs(online, alone, single, migrator.downgradeSql("head:-1"));

    migrator.downgrade("0003");
    assertSameAs(online, alone, single, migrator.downgradeSql("heads:0003_c3c3c3"));

    migrator.downgrade("0003_c3c3c3-1");
    assertSameAs(online, alone, single, migrator.downgradeSql("0003:0003_c3c3c3-1"));

    migrator.downgrade("base");
    assertSameAs(online, alone, single, migrator.downgradeSql("0002:base"));
  }

  @Test
  void upgradeSql_failingRevisionUnderSingleTransaction_changesNothing() throws Exception {
    String online = server.createDatabase("online");
    String alone = server.createDatabase("alone");
    String single = server.createDatabase("single");
    Migrator migrator = migrator(online, Fixtures.with(new Fixtures.FailsAtThirdStatement()));
    String sql = migrator.upgradeSql("head");
    assertThrows(TidemarkException.class, () -> migrator.upgrade("head"));

    Psql.Result together = psql(single, sql, true);
    assertEquals(3, together.exit(), together.output());
    assertTrue(together.output().contains("duplicate key"), together.output());
    try (Connection c = server.connectUrl(single)) {
      assertEquals(List.of(), Catalog.tables(c));
    }

    Psql.Result byRevision = psql(alone, sql, false);
    assertEquals(3, byRevision.exit(), byRevision.output());
    assertEquals(state(online), state(alone));
  }

  @Test
  void upgradeSql_nonTransactionalStatementUnderSingleTransaction_stopsBeforeAnyChange()
      throws Exception {
    String online = server.createDatabase("online");
    String alone = server.createDatabase("alone");
    String single = server.createDatabase("single");
    Migrator migrator = migrator(online, Fixtures.with(new Fixtures.ConcurrentIndex()));
    String sql = migrator.upgradeSql("head");

    Psql.Result together = psql(single, sql, true);
    assertEquals(3, together.exit(), together.output());
    assertTrue(together.output().contains("ERROR:  Tidemark: revision 0004_1c1c1c (concurrent "
        + "index) cannot run inside a transaction block (for example CREATE INDEX "
        + "CONCURRENTLY). Apply this script without psql --single-transaction (-1); nothing "
        + "was changed."), together.output());
    try (Connection c = server.connectUrl(single)) {
      assertEquals(List.of(), Catalog.tables(c));
    }

    migrator.upgrade("head");
    psqlSucceeds(alone, sql, false);
    assertEquals(state(online), state(alone));
  }

  @Test
  void upgradeSql_nonTransactionalStatement_standsOutsideTheRevisionTransaction() {
    Migrator migrator = Migrator.builder().migrations(Fixtures.with(new Fixtures.ConcurrentIndex()))
        .build();
    String sql = migrator.upgradeSql("0003:head");
    assertTrue(sql.contains("ADD COLUMN total numeric(12,2);\n:tidemark_commit\n"
        + "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);\n:tidemark_begin\n"
        + "SET LOCAL lock_timeout = '100ms';\n"
        + "COMMENT ON COLUMN orders.total IS 'sum';\nINSERT INTO"), sql);
  }

  @Test
  void downgradeSql_withoutRange_isRejected() {
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> Migrator.builder().migrations(Fixtures.linear()).build().downgradeSql("base"));
    assertEquals(ErrorCode.TM113, error.code());
  }
}
