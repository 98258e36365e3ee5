package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.dropColumn;
import static io.tidemark.processor.diff.Expected.dropConstraint;
import static io.tidemark.processor.diff.Expected.dropIndexConcurrently;
import static io.tidemark.processor.diff.Expected.dropTable;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.foreignKey;
import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferConstraintsTest {
  private static final ForeignKeyDef ORDERS_USER = new ForeignKeyDef("orders_user_id_fkey",
      List.of("user_id"), "users", List.of("id"), "CASCADE", "RESTRICT");
  private static final TableNode USERS = table("users").id("id", "bigint").build();
  private static final TableNode ORDERS = table("orders").id("id", "bigint")
      .column(notNull("user_id", "bigint")).foreignKey(ORDERS_USER).build();

  @Test
  void diff_newTablesWithForeignKey_createsEveryTableBeforeAddingTheKey() {
    DiffResult result = diff(schema(), schema(ORDERS, USERS));
    TableNode ordersInline = table("orders").id("id", "bigint").column(notNull("user_id", "bigint")).build();
    assertEquals(List.of(
        ordersInline.createTable(),
        USERS.createTable(),
        new AddConstraint("orders", ORDERS_USER)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_droppedTablesWithForeignKey_dropsTheKeyBeforeEitherTable() {
    DiffResult result = diff(schema(ORDERS, USERS), schema());
    assertEquals(dropConstraint("orders", ORDERS_USER), result.upgrade().get(0));
    assertEquals(List.of(DropTable.class, DropTable.class),
        result.upgrade().subList(1, 3).stream().map(Object::getClass).toList());
    assertEquals(new AddConstraint("orders", ORDERS_USER), result.downgrade().get(2));
  }

  @Test
  void diff_changedForeignKeyAction_dropsAndAddsIt() {
    ForeignKeyDef setNull = new ForeignKeyDef("orders_user_id_fkey", List.of("user_id"), "users",
        List.of("id"), "SET NULL", null);
    TableNode after = table("orders").id("id", "bigint").column(notNull("user_id", "bigint"))
        .foreignKey(setNull).build();
    DiffResult result = diff(schema(ORDERS, USERS), schema(after, USERS));
    assertEquals(List.of(dropConstraint("orders", ORDERS_USER),
        new AddConstraint("orders", setNull.notValid()),
        new ValidateConstraint("orders", "orders_user_id_fkey")), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_foreignKeyOnNewColumn_addsColumnThenKey_andDropsKeyBeforeColumn() {
    TableNode before = table("orders").id("id", "bigint").build();
    DiffResult added = diff(schema(before, USERS), schema(ORDERS, USERS));
    assertEquals(List.of(new AddColumn("orders", notNull("user_id", "bigint")),
        new AddConstraint("orders", ORDERS_USER.notValid()),
        new ValidateConstraint("orders", "orders_user_id_fkey")), added.upgrade());
    DiffResult removed = diff(schema(ORDERS, USERS), schema(before, USERS));
    assertEquals(List.of(dropConstraint("orders", ORDERS_USER),
        dropColumn("orders", notNull("user_id", "bigint"))), removed.upgrade());
  }

  @Test
  void diff_changedPrimaryKeyOfReferencedTable_rebuildsTheForeignKeysPointingAtIt() {
    TableNode users = table("users").column(notNull("id", "bigint")).column(notNull("tenant", "bigint"))
        .primaryKey("users_pkey", "id").build();
    TableNode widened = table("users").column(notNull("id", "bigint")).column(notNull("tenant", "bigint"))
        .primaryKey("users_pkey", "id", "tenant").unique("users_id_key", "id").build();
    DiffResult result = diff(schema(ORDERS, users), schema(ORDERS, widened));
    PrimaryKeyDef key = new PrimaryKeyDef("users_pkey", List.of("id", "tenant"));
    UniqueDef unique = new UniqueDef("users_id_key", List.of("id"));
    assertEquals(List.of(
        dropConstraint("orders", ORDERS_USER),
        dropConstraint("users", new PrimaryKeyDef("users_pkey", List.of("id"))),
        new CreateIndex("users", index("users_pkey", "id", "tenant").unique().concurrently()),
        new CreateIndex("users", index("users_id_key", "id").unique().concurrently()),
        new AddConstraint("users", key.usingIndex("users_pkey")),
        new AddConstraint("users", unique.usingIndex("users_id_key")),
        new AddConstraint("orders", ORDERS_USER.notValid()),
        new ValidateConstraint("orders", "orders_user_id_fkey")), result.upgrade());
    assertEquals(List.of(
        dropConstraint("orders", ORDERS_USER.notValid()),
        dropConstraint("users", unique.usingIndex("users_id_key")),
        dropConstraint("users", key.usingIndex("users_pkey")),
        new AddConstraint("users", new PrimaryKeyDef("users_pkey", List.of("id"))),
        new AddConstraint("orders", ORDERS_USER)), result.downgrade());
  }

  @Test
  void diff_uniqueAndCheck_addedChangedRemoved() {
    TableNode before = table("t").column("a", "integer").column("b", "integer")
        .unique("t_a_key", "a").check("t_a_check", "a > 0").check("t_b_check", "b > 0").build();
    TableNode after = table("t").column("a", "integer").column("b", "integer")
        .unique("t_a_b_key", "a", "b").check("t_a_check", "a >= 0").check("t_b_check", "b > 0").build();
    DiffResult result = diff(schema(before), schema(after));
    UniqueDef wider = new UniqueDef("t_a_b_key", List.of("a", "b"));
    CheckDef check = new CheckDef("t_a_check", "a >= 0");
    assertEquals(List.of(
        dropConstraint("t", new UniqueDef("t_a_key", List.of("a"))),
        dropConstraint("t", new CheckDef("t_a_check", "a > 0")),
        new AddConstraint("t", check.notValid()),
        new CreateIndex("t", index("t_a_b_key", "a", "b").unique().concurrently()),
        new ValidateConstraint("t", "t_a_check"),
        new AddConstraint("t", wider.usingIndex("t_a_b_key"))), result.upgrade());
    assertEquals(List.of(
        dropConstraint("t", wider.usingIndex("t_a_b_key")),
        dropConstraint("t", check.notValid()),
        new AddConstraint("t", new CheckDef("t_a_check", "a > 0")),
        new AddConstraint("t", new UniqueDef("t_a_key", List.of("a")))), result.downgrade());
  }

  @Test
  void diff_enumCheckWithNewValue_isAnOrdinaryCheckChangeValidatedOnItsOwn() {
    TableNode before = table("t").column("status", "text")
        .check("t_status_check", "status IN ('NEW', 'DONE')").build();
    TableNode after = table("t").column("status", "text")
        .check("t_status_check", "status IN ('NEW', 'DONE', 'LATE')").build();
    assertEquals(List.of(
        dropConstraint("t", new CheckDef("t_status_check", "status IN ('NEW', 'DONE')")),
        new AddConstraint("t", new CheckDef("t_status_check", "status IN ('NEW', 'DONE', 'LATE')")
            .notValid()),
        new ValidateConstraint("t", "t_status_check")),
        diff(schema(before), schema(after)).upgrade());
  }

  @Test
  void diff_newTableWithIndexes_createsTableThenIndexes() {
    IndexDef multi = new IndexDef("t_a_b_idx", List.of("a", "b DESC NULLS LAST"), false, null, null, List.of(), false);
    IndexDef partial = new IndexDef("t_a_key", List.of("a"), true, "b IS NOT NULL", "btree", List.of("b"), false);
    TableNode t = table("t").column("a", "integer").column("b", "integer").index(multi).index(partial).build();
    DiffResult result = diff(schema(), schema(t));
    assertEquals(List.of(table("t").column("a", "integer").column("b", "integer").build().createTable(),
        new CreateIndex("t", multi), new CreateIndex("t", partial)), result.upgrade());
    assertEquals(List.of(dropTable(table("t").column("a", "integer").column("b", "integer").build())),
        result.downgrade(), "the indexes go with the table");
  }

  @Test
  void diff_anyIndexChange_isDropPlusCreate_bothConcurrentlyOnAnExistingTable() {
    IndexDef base = new IndexDef("t_a_idx", List.of("a"), false, null, null, List.of(), false);
    List<IndexDef> variants = List.of(
        new IndexDef("t_a_idx", List.of("a DESC"), false, null, null, List.of(), false),
        new IndexDef("t_a_idx", List.of("a NULLS FIRST"), false, null, null, List.of(), false),
        new IndexDef("t_a_idx", List.of("a", "b"), false, null, null, List.of(), false),
        new IndexDef("t_a_idx", List.of("a"), true, null, null, List.of(), false),
        new IndexDef("t_a_idx", List.of("a"), false, "b > 0", null, List.of(), false),
        new IndexDef("t_a_idx", List.of("a"), false, null, "hash", List.of(), false),
        new IndexDef("t_a_idx", List.of("a"), false, null, null, List.of("b"), false));
    TableNode before = table("t").column("a", "integer").column("b", "integer").index(base).build();
    for (IndexDef variant : variants) {
      TableNode after = table("t").column("a", "integer").column("b", "integer").index(variant).build();
      DiffResult result = diff(schema(before), schema(after));
      assertEquals(List.of(dropIndexConcurrently("t", base),
          new CreateIndex("t", variant.concurrently())), result.upgrade(), variant.toString());
      assertDowngradeReverses(result);
    }
  }

  @Test
  void diff_droppedColumnWithIndexAndCheck_dropsThemBeforeTheColumn() {
    TableNode before = table("t").column("a", "integer").column("b", "integer")
        .index(index("t_b_idx", "b")).check("t_b_check", "b > 0").unique("t_b_key", "b").build();
    TableNode after = table("t").column("a", "integer").build();
    DiffResult result = diff(schema(before), schema(after));
    assertEquals(List.of(
        dropIndexConcurrently("t", index("t_b_idx", "b")),
        dropConstraint("t", new UniqueDef("t_b_key", List.of("b"))),
        dropConstraint("t", new CheckDef("t_b_check", "b > 0")),
        dropColumn("t", column("b", "integer"))), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_addedPrimaryKey_takesOverAConcurrentIndex_andRemovedPrimaryKey() {
    TableNode without = table("t").column(notNull("id", "bigint")).build();
    TableNode with = table("t").id("id", "bigint").build();
    assertEquals(List.of(
        new CreateIndex("t", index("t_pkey", "id").unique().concurrently()),
        new AddConstraint("t", new PrimaryKeyDef("t_pkey", List.of("id")).usingIndex("t_pkey"))),
        diff(schema(without), schema(with)).upgrade());
    assertEquals(List.of(dropConstraint("t", new PrimaryKeyDef("t_pkey", List.of("id")))),
        diff(schema(with), schema(without)).upgrade());
  }

  @Test
  void diff_schemaQualifiedForeignKey_pointsAtTheQualifiedTable() {
    TableNode accounts = table("billing", "accounts").id("id", "bigint").build();
    TableNode invoices = table("billing", "invoices").id("id", "bigint").column("account_id", "bigint")
        .foreignKey(foreignKey("invoices_account_id_fkey", "account_id", "billing.accounts", "id")).build();
    DiffResult result = diff(schema(), schema(accounts, invoices));
    assertEquals(new AddConstraint("billing.invoices",
        foreignKey("invoices_account_id_fkey", "account_id", "billing.accounts", "id")),
        result.upgrade().get(result.upgrade().size() - 1));
    assertTrue(result.findings().isEmpty());
  }
}
