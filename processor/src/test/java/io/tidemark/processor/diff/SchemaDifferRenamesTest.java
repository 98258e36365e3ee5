package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.alterType;
import static io.tidemark.processor.diff.Expected.dropColumn;
import static io.tidemark.processor.diff.Expected.dropConstraint;
import static io.tidemark.processor.diff.Expected.dropTable;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.foreignKey;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.processor.diff.Finding.Severity;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaDifferRenamesTest {
  private static DiffResult diff(Schema previous, Schema current, Renames renames) {
    return SchemaDiffer.diff(previous, current, renames);
  }

  private static Renames tables(String to, String from) {
    return new Renames(Map.of(to, from), Map.of());
  }

  private static Renames columns(String table, String to, String from) {
    return new Renames(Map.of(), Map.of(table, Map.of(to, from)));
  }

  @Test
  void diff_renamedTable_isOneRenameNeverDropPlusCreate() {
    TableNode users = table("users").id("id", "bigint").column("email", "text").build();
    TableNode accounts = table("accounts").column(users.columns().get(0)).column("email", "text")
        .primaryKey("users_pkey", "id").build();
    DiffResult result = diff(schema(users), schema(accounts), tables("accounts", "users"));
    assertEquals(List.of(new RenameTable("users", "accounts")), result.upgrade());
    assertEquals(List.of(new RenameTable("accounts", "users")), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_renamedTableWithChangedColumns_renamesThenChangesUnderTheNewName() {
    TableNode before = table("users").column("id", "bigint").column("note", "text").build();
    TableNode after = table("accounts").column("id", "bigint").column("email", "text").build();
    DiffResult result = diff(schema(before), schema(after), tables("accounts", "users"));
    assertEquals(List.of(
        dropColumn("users", column("note", "text")),
        new RenameTable("users", "accounts"),
        new AddColumn("accounts", column("email", "text"))), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_renamedColumn_keepsItsValuesAndItsIndex() {
    TableNode before = table("t").column("name", "text").index(index("t_name_idx", "name DESC")).build();
    TableNode after = table("t").column("full_name", "text").index(index("t_name_idx", "full_name DESC")).build();
    DiffResult result = diff(schema(before), schema(after), columns("t", "full_name", "name"));
    assertEquals(List.of(new RenameColumn("t", "name", "full_name")), result.upgrade());
    assertEquals(List.of(new RenameColumn("t", "full_name", "name")), result.downgrade());
  }

  @Test
  void diff_renamedColumnWithNewType_renamesThenAltersTheNewName() {
    TableNode before = table("t").column("n", "integer").build();
    TableNode after = table("t").column("amount", "bigint").build();
    DiffResult result = diff(schema(before), schema(after), columns("t", "amount", "n"));
    assertEquals(List.of(new RenameColumn("t", "n", "amount"),
        alterType("t", column("amount", "integer"), "bigint")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_renamedColumnInACheck_dropsOldCheckBeforeRenameAndAddsNewAfter() {
    TableNode before = table("t").column("n", "integer").check("t_n_check", "n > 0").build();
    TableNode after = table("t").column("amount", "integer").check("t_n_check", "amount > 0").build();
    DiffResult result = diff(schema(before), schema(after), columns("t", "amount", "n"));
    assertEquals(List.of(
        dropConstraint("t", new CheckDef("t_n_check", "n > 0")),
        new RenameColumn("t", "n", "amount"),
        new AddConstraint("t", new CheckDef("t_n_check", "amount > 0").notValid()),
        new ValidateConstraint("t", "t_n_check")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_renamedTableAndColumn_renameColumnUsesTheNewTableName() {
    TableNode before = table("users").column("name", "text").build();
    TableNode after = table("people").column("full_name", "text").build();
    Renames renames = new Renames(Map.of("people", "users"), Map.of("people", Map.of("full_name", "name")));
    assertEquals(List.of(new RenameTable("users", "people"), new RenameColumn("people", "name", "full_name")),
        diff(schema(before), schema(after), renames).upgrade());
  }

  @Test
  void diff_foreignKeyToRenamedTableAndColumn_isUnchanged() {
    TableNode users = table("users").id("id", "bigint").build();
    TableNode orders = table("orders").column("user_id", "bigint")
        .foreignKey(foreignKey("orders_user_id_fkey", "user_id", "users", "id")).build();
    TableNode people = table("people").column(users.columns().get(0)).primaryKey("users_pkey", "id").build();
    TableNode renamedOrders = table("orders").column("user_id", "bigint")
        .foreignKey(foreignKey("orders_user_id_fkey", "user_id", "people", "id")).build();
    DiffResult result = diff(schema(users, orders), schema(people, renamedOrders), tables("people", "users"));
    assertEquals(List.of(new RenameTable("users", "people")), result.upgrade());
  }

  @Test
  void diff_renameAlreadyApplied_isIgnored() {
    TableNode accounts = table("accounts").column("id", "bigint").build();
    assertTrue(diff(schema(accounts), schema(accounts), tables("accounts", "users")).isEmpty());
    assertTrue(diff(schema(accounts), schema(accounts), columns("accounts", "id", "old_id")).isEmpty());
  }

  @Test
  void diff_renameIntoAnotherSchema_isAnErrorWithTheWayOut() {
    TableNode before = table("users").column("id", "bigint").build();
    TableNode after = table("auth", "users").column("id", "bigint").build();
    DiffResult result = diff(schema(before), schema(after), tables("auth.users", "users"));
    Finding error = result.findings().get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals("TM042", error.code());
    assertEquals("table auth.users is declared as renamed from users, which is in another schema: a"
        + " rename keeps the schema; keep schema \"\" in this revision and move the table with"
        + " op.sql(\"ALTER TABLE ... SET SCHEMA ...\") in a hand-written revision", error.message());
    assertTrue(result.upgrade().contains(dropTable(before)));
    assertTrue(result.upgrade().contains(after.createTable()));
  }
}
