package io.tidemark;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static io.tidemark.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.testing.PostgresServer;
import io.tidemark.testing.Psql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each safe plan that generated revisions use on an existing table, run by the executor on a
 * table with rows, beside the plain plan on a database of its own: the statements run (the lone
 * ones outside the revision's transaction), and the catalog they leave equals the plain plan's,
 * with every constraint validated, every index valid and no helper check left; the downgrade
 * brings back the catalog from before.
 */
class SafePlanTest {
  private static final int ROWS = 5_000;
  private final PostgresServer server = PostgresServer.get();

  @TempDir
  Path dir;

  @Revision(id = "0001_5a5a5a", message = "create region, account and ledger")
  public static final class Base implements Migration {
    @Override
    public void upgrade(Operations op) {
      op.createTable("region", column("id", "bigint").notNull(), primaryKey("region_pkey", "id"));
      op.createTable("account", column("id", "bigint").notNull(), column("email", "text"),
          column("status", "text").notNull(), column("region_id", "bigint"),
          column("code", "text"), primaryKey("account_pkey", "id"),
          check("account_status_check", "status IN ('NEW', 'ACTIVE')"));
      op.createIndex("account", index("account_code_idx", "code"));
      op.createTable("ledger", column("entry", "bigint").notNull(), column("note", "text"));
    }

    @Override
    public void downgrade(Operations op) {
      op.dropTable("ledger");
      op.dropTable("account");
      op.dropTable("region");
    }
  }

  /** The change under test; one instance per database, so the two plans never meet. */
  @Revision(id = "0002_5b5b5b", parent = "0001_5a5a5a", message = "change account")
  public static final class Change implements Migration {
    private final Consumer<Operations> upgrade;
    private final Consumer<Operations> downgrade;

    Change(Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
      this.upgrade = upgrade;
      this.downgrade = downgrade;
    }

    @Override
    public void upgrade(Operations op) {
      upgrade.accept(op);
    }

    @Override
    public void downgrade(Operations op) {
      downgrade.accept(op);
    }
  }

  private Migrator migrator(String url, Change change) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(List.of(new Base(), change)).build();
  }

  /** A database at the base revision whose tables hold rows. */
  private String seeded(String prefix, Change change) throws Exception {
    String url = server.createDatabase(prefix);
    migrator(url, change).upgrade("0001");
    try (Connection c = server.connectUrl(url); java.sql.Statement s = c.createStatement()) {
      s.execute("INSERT INTO region (id) SELECT g FROM generate_series(1, 10) g");
      s.execute("INSERT INTO account (id, email, status, region_id, code)"
          + " SELECT g, 'a' || g || '@example.test', CASE WHEN g % 2 = 0 THEN 'NEW' ELSE"
          + " 'ACTIVE' END, 1 + g % 10, 'c' || g FROM generate_series(1, " + ROWS + ") g");
      s.execute("INSERT INTO ledger (entry, note) SELECT g, 'n' FROM generate_series(1, "
          + ROWS + ") g");
    }
    return url;
  }

  private List<String> catalog(String url) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      List<String> lines = new ArrayList<>(Catalog.describe(c));
      lines.addAll(Catalog.query(c, "SELECT 'not validated ' || conname FROM pg_constraint"
          + " WHERE NOT convalidated ORDER BY 1"));
      lines.addAll(Catalog.query(c, "SELECT 'invalid ' || indexrelid::regclass FROM pg_index"
          + " WHERE NOT indisvalid ORDER BY 1"));
      return lines;
    }
  }

  /** The safe upgrade's statements, each marked as run alone or in a transaction. */
  private static List<String> steps(Migrator migrator) {
    return migrator.show("0002").upgrade().stream()
        .map(s -> (s.transactional() ? "in transaction: " : "alone: ") + s.sql()).toList();
  }

  /**
   * Applies {@code safe} and {@code plain} to two seeded databases and compares them after the
   * upgrade and after the downgrade; returns the safe plan's steps.
   */
  private List<String> assertSameCatalog(Change safe, Change plain) throws Exception {
    String safeUrl = seeded("safe", safe);
    String plainUrl = seeded("plain", plain);
    List<String> base = catalog(safeUrl);
    Migrator safeRun = migrator(safeUrl, safe);
    safeRun.upgrade("head");
    migrator(plainUrl, plain).upgrade("head");
    List<String> upgraded = catalog(plainUrl);
    assertEquals(upgraded, catalog(safeUrl));
    assertTrue(upgraded.stream().noneMatch(l -> l.startsWith("not validated ")
        || l.startsWith("invalid ")), String.join("\n", upgraded));
    safeRun.downgrade("-1");
    migrator(plainUrl, plain).downgrade("-1");
    assertEquals(base, catalog(safeUrl));
    assertEquals(base, catalog(plainUrl));
    return steps(safeRun);
  }

  @Test
  void createIndex_concurrently_runsAloneAndMatchesPlainIndex() throws Exception {
    List<String> steps = assertSameCatalog(
        new Change(op -> op.createIndex("account", index("account_email_idx", "email")
            .concurrently()), op -> op.dropIndexConcurrently("account", "account_email_idx")),
        new Change(op -> op.createIndex("account", index("account_email_idx", "email")),
            op -> op.dropIndex("account", "account_email_idx")));
    assertEquals(List.of("alone: CREATE INDEX CONCURRENTLY account_email_idx ON account (email)"),
        steps);
  }

  @Test
  void dropIndex_concurrently_runsAloneAndMatchesPlainDrop() throws Exception {
    List<String> steps = assertSameCatalog(
        new Change(op -> op.dropIndexConcurrently("account", "account_code_idx"),
            op -> op.createIndex("account", index("account_code_idx", "code").concurrently())),
        new Change(op -> op.dropIndex("account", "account_code_idx"),
            op -> op.createIndex("account", index("account_code_idx", "code"))));
    assertEquals(List.of("alone: DROP INDEX CONCURRENTLY account_code_idx"), steps);
  }

  @Test
  void unique_indexBuiltConcurrentlyThenTakenOver_matchesPlainConstraint() throws Exception {
    List<String> steps = assertSameCatalog(
        new Change(op -> {
          op.createIndex("account", index("account_email_key", "email").unique().concurrently());
          op.addConstraint("account",
              unique("account_email_key", "email").usingIndex("account_email_key"));
        }, op -> op.dropConstraint("account", "account_email_key")),
        new Change(op -> op.addConstraint("account", unique("account_email_key", "email")),
            op -> op.dropConstraint("account", "account_email_key")));
    assertEquals(List.of(
        "alone: CREATE UNIQUE INDEX CONCURRENTLY account_email_key ON account (email)",
        "in transaction: ALTER TABLE account ADD CONSTRAINT account_email_key UNIQUE USING INDEX"
            + " account_email_key"), steps);
  }

  @Test
  void primaryKey_indexBuiltConcurrentlyThenTakenOver_matchesPlainKey() throws Exception {
    List<String> steps = assertSameCatalog(
        new Change(op -> {
          op.createIndex("ledger", index("ledger_pkey", "entry").unique().concurrently());
          op.addConstraint("ledger", primaryKey("ledger_pkey", "entry").usingIndex("ledger_pkey"));
        }, op -> op.dropConstraint("ledger", "ledger_pkey")),
        new Change(op -> op.addConstraint("ledger", primaryKey("ledger_pkey", "entry")),
            op -> op.dropConstraint("ledger", "ledger_pkey")));
    assertEquals(List.of(
        "alone: CREATE UNIQUE INDEX CONCURRENTLY ledger_pkey ON ledger (entry)",
        "in transaction: ALTER TABLE ledger ADD CONSTRAINT ledger_pkey PRIMARY KEY USING INDEX"
            + " ledger_pkey"), steps);
  }

  @Test
  void foreignKey_notValidThenValidated_matchesPlainForeignKey() throws Exception {
    List<String> steps = assertSameCatalog(
        new Change(op -> {
          op.addConstraint("account", foreignKey("account_region_id_fkey", "region_id")
              .references("region", "id").notValid());
          op.validateConstraint("account", "account_region_id_fkey");
        }, op -> op.dropConstraint("account", "account_region_id_fkey")),
        new Change(op -> op.addConstraint("account", foreignKey("account_region_id_fkey",
            "region_id").references("region", "id")),
            op -> op.dropConstraint("account", "account_region_id_fkey")));
    assertEquals(List.of(
        "in transaction: ALTER TABLE account ADD CONSTRAINT account_region_id_fkey FOREIGN KEY"
            + " (region_id) REFERENCES region (id) NOT VALID",
        "alone: ALTER TABLE account VALIDATE CONSTRAINT account_region_id_fkey"), steps);
  }

  @Test
  void check_notValidThenValidated_matchesPlainCheck() throws Exception {
    List<String> steps = assertSameCatalog(
        new Change(op -> {
          op.addConstraint("account", check("account_email_check", "email LIKE '%@%'").notValid());
          op.validateConstraint("account", "account_email_check");
        }, op -> op.dropConstraint("account", "account_email_check")),
        new Change(op -> op.addConstraint("account", check("account_email_check",
            "email LIKE '%@%'")), op -> op.dropConstraint("account", "account_email_check")));
    assertEquals(List.of(
        "in transaction: ALTER TABLE account ADD CONSTRAINT account_email_check"
            + " CHECK (email LIKE '%@%') NOT VALID",
        "alone: ALTER TABLE account VALIDATE CONSTRAINT account_email_check"), steps);
  }

  @Test
  void enumValueAdded_checkReplacedNotValidThenValidated_matchesPlainReplacement()
      throws Exception {
    String values = "status IN ('NEW', 'ACTIVE', 'CLOSED')";
    Consumer<Operations> down = op -> {
      op.dropConstraint("account", "account_status_check");
      op.addConstraint("account", check("account_status_check", "status IN ('NEW', 'ACTIVE')"));
    };
    List<String> steps = assertSameCatalog(
        new Change(op -> {
          op.dropConstraint("account", "account_status_check");
          op.addConstraint("account", check("account_status_check", values).notValid());
          op.validateConstraint("account", "account_status_check");
        }, down),
        new Change(op -> {
          op.dropConstraint("account", "account_status_check");
          op.addConstraint("account", check("account_status_check", values));
        }, down));
    assertEquals(List.of(
        "in transaction: ALTER TABLE account DROP CONSTRAINT account_status_check",
        "in transaction: ALTER TABLE account ADD CONSTRAINT account_status_check"
            + " CHECK (" + values + ") NOT VALID",
        "alone: ALTER TABLE account VALIDATE CONSTRAINT account_status_check"), steps);
  }

  /** The NOT NULL plan: a check proves the column has no NULL, so SET NOT NULL skips its scan. */
  private static Change safeNotNull() {
    return new Change(op -> {
      op.addConstraint("account",
          check("account_email_not_null_check", "email IS NOT NULL").notValid());
      op.validateConstraint("account", "account_email_not_null_check");
      op.setNotNull("account", "email");
      op.dropConstraint("account", "account_email_not_null_check");
    }, op -> op.dropNotNull("account", "email"));
  }

  @Test
  void setNotNull_throughValidatedCheck_matchesPlainSetNotNullAndLeavesNoCheck()
      throws Exception {
    List<String> steps = assertSameCatalog(safeNotNull(),
        new Change(op -> op.setNotNull("account", "email"),
            op -> op.dropNotNull("account", "email")));
    assertEquals(List.of(
        "in transaction: ALTER TABLE account ADD CONSTRAINT account_email_not_null_check"
            + " CHECK (email IS NOT NULL) NOT VALID",
        "alone: ALTER TABLE account VALIDATE CONSTRAINT account_email_not_null_check",
        "in transaction: ALTER TABLE account ALTER COLUMN email SET NOT NULL",
        "in transaction: ALTER TABLE account DROP CONSTRAINT account_email_not_null_check"),
        steps);
  }

  @Test
  void upgradeSql_notNullPlan_validatesOutsideTheTransactionsAndMatchesOnlineRun()
      throws Exception {
    String online = seeded("online", safeNotNull());
    String offline = seeded("offline", safeNotNull());
    Migrator migrator = migrator(online, safeNotNull());
    String sql = migrator.upgradeSql("0001:head");
    String shortWait = "SET LOCAL lock_timeout = '100ms';\n";
    assertTrue(sql.contains(":tidemark_begin\n" + shortWait + "ALTER TABLE account ADD CONSTRAINT"
        + " account_email_not_null_check CHECK (email IS NOT NULL) NOT VALID;\n"
        + ":tidemark_commit\nALTER TABLE account VALIDATE CONSTRAINT"
        + " account_email_not_null_check;\n:tidemark_begin\n" + shortWait + "ALTER TABLE account"
        + " ALTER COLUMN email SET NOT NULL;\nALTER TABLE account DROP CONSTRAINT"
        + " account_email_not_null_check;\n"), sql);
    migrator.upgrade("head");
    Psql.Result run = Psql.run(offline, server.user(), server.password(),
        Files.writeString(dir.resolve("not-null.sql"), sql));
    assertEquals(0, run.exit(), run.output());
    List<String> expected = new ArrayList<>(catalog(online));
    assertEquals(expected, catalog(offline));
    try (Connection a = server.connectUrl(online); Connection b = server.connectUrl(offline)) {
      assertEquals(Catalog.versionRows(a), Catalog.versionRows(b));
    }
  }

  @Test
  void validateConstraint_rowsBreakingTheCheck_stopsWithTheCheckInPlaceAndContinuesOnceFixed()
      throws Exception {
    Change safe = safeNotNull();
    String url = seeded("broken", safe);
    try (Connection c = server.connectUrl(url); java.sql.Statement s = c.createStatement()) {
      s.execute("UPDATE account SET email = NULL WHERE id = 7");
    }
    Migrator migrator = migrator(url, safe);
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals(ErrorCode.TM131, error.code());
    assertEquals("23514", error.sqlState());
    assertEquals("ALTER TABLE account VALIDATE CONSTRAINT account_email_not_null_check",
        error.statement());
    assertEquals(List.of("not validated account_email_not_null_check"),
        catalog(url).stream().filter(l -> l.startsWith("not validated ")).toList());
    try (Connection c = server.connectUrl(url); java.sql.Statement s = c.createStatement()) {
      s.execute("UPDATE account SET email = 'seven@example.test' WHERE id = 7");
    }
    assertEquals(1, migrator.upgrade("head").size());
    List<String> done = catalog(url);
    assertTrue(done.contains("column account.email text NO "), String.join("\n", done));
    assertTrue(done.stream().noneMatch(l -> l.contains("not_null_check")), String.join("\n", done));
  }
}
