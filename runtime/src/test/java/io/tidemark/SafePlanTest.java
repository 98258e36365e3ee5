package io.tidemark;

import static io.tidemark.Ddl.check;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.foreignKey;
import static io.tidemark.Ddl.index;
import static io.tidemark.Ddl.primaryKey;
import static io.tidemark.Ddl.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.SafePlanTables;
import io.tidemark.fixture.SafePlanTables.Change;
import io.tidemark.testing.PostgresServer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each safe plan that generated revisions use on an existing table, run by the executor on a
 * table with rows, beside the plain plan on a database of its own: the statements run (the lone
 * ones outside the revision's transaction), and the catalog they leave equals the plain plan's,
 * with every constraint validated, every index valid and no helper check left; the downgrade
 * brings back the catalog from before.
 */
class SafePlanTest {
  private final SafePlanTables tables = new SafePlanTables(PostgresServer.get());

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
    String safeUrl = tables.seeded("safe", safe);
    String plainUrl = tables.seeded("plain", plain);
    List<String> base = tables.catalog(safeUrl);
    Migrator safeRun = tables.migrator(safeUrl, safe);
    safeRun.upgrade("head");
    tables.migrator(plainUrl, plain).upgrade("head");
    List<String> upgraded = tables.catalog(plainUrl);
    assertEquals(upgraded, tables.catalog(safeUrl));
    assertTrue(upgraded.stream().noneMatch(l -> l.startsWith("not validated ")
        || l.startsWith("invalid ")), String.join("\n", upgraded));
    safeRun.downgrade("-1");
    tables.migrator(plainUrl, plain).downgrade("-1");
    assertEquals(base, tables.catalog(safeUrl));
    assertEquals(base, tables.catalog(plainUrl));
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

  @Test
  void setNotNull_throughValidatedCheck_matchesPlainSetNotNullAndLeavesNoCheck()
      throws Exception {
    List<String> steps = assertSameCatalog(SafePlanTables.safeNotNull(),
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
}
