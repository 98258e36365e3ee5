package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.alterType;
import static io.tidemark.processor.diff.Expected.dropColumn;
import static io.tidemark.processor.diff.Expected.dropTable;
import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.NoChange;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.processor.diff.Finding.Severity;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferTablesTest {
  private static final TableNode USERS = table("users").id("id", "bigint").column("email", "text").build();

  static DiffResult diff(Schema previous, Schema current) {
    return SchemaDiffer.diff(previous, current, Renames.NONE);
  }

  /**
   * The downgrade is the upgrade's reverses in reverse order, without those that change nothing
   * (when nothing was pruned and no op is undone by another).
   */
  static void assertDowngradeReverses(DiffResult result) {
    List<Operation> expected = new ArrayList<>();
    for (Operation op : result.upgrade()) {
      if (!(op.reverse() instanceof NoChange)) {
        expected.add(0, op.reverse());
      }
    }
    assertEquals(expected, result.downgrade());
  }

  @Test
  void diff_equalSchemas_isEmpty() {
    DiffResult result = diff(schema(USERS), schema(USERS));
    assertTrue(result.isEmpty());
    assertEquals(List.of(), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_newTable_createsItAndDowngradeDropsIt() {
    DiffResult result = diff(Schema.EMPTY, schema(USERS));
    assertEquals(List.of(USERS.createTable()), result.upgrade());
    assertEquals(List.of(dropTable(USERS)), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_removedTable_dropsItWithoutFinding() {
    DiffResult result = diff(schema(USERS), Schema.EMPTY);
    assertEquals(List.of(dropTable(USERS)), result.upgrade());
    assertEquals(List.of(USERS.createTable()), result.downgrade());
    // whether the drop is generated, and the finding about it, are lint's (TM209, TM210)
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_severalNewTables_createsThemSortedByQualifiedName() {
    TableNode b = table("b").id("id", "bigint").build();
    TableNode a = table("z", "a").id("id", "bigint").build();
    TableNode c = table("c").id("id", "bigint").build();
    DiffResult result = diff(Schema.EMPTY, schema(c, a, b));
    assertEquals(List.of(new CreateSchema("z"), b.createTable(), c.createTable(), a.createTable()),
        result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_firstTableOfASchema_createsTheSchemaFirst_andLastOneGoneDropsItLast() {
    TableNode metrics = table("telemetry", "metrics").id("id", "bigint").build();
    DiffResult created = diff(schema(USERS), schema(USERS, metrics));
    assertEquals(List.of(new CreateSchema("telemetry"), metrics.createTable()), created.upgrade());
    assertEquals(List.of(dropTable(metrics), new DropSchema("telemetry")), created.downgrade());

    DiffResult dropped = diff(schema(USERS, metrics), schema(USERS));
    assertEquals(List.of(dropTable(metrics), new DropSchema("telemetry")), dropped.upgrade());
  }

  @Test
  void diff_secondTableInExistingSchema_createsNoSchema() {
    TableNode a = table("s", "a").id("id", "bigint").build();
    TableNode b = table("s", "b").id("id", "bigint").build();
    assertEquals(List.of(b.createTable()), diff(schema(a), schema(a, b)).upgrade());
  }

  @Test
  void diff_addedColumn_addsItAndDowngradeDropsIt() {
    TableNode after = table("users").id("id", "bigint").column("email", "text").column("name", "text").build();
    DiffResult result = diff(schema(USERS), schema(after));
    assertEquals(List.of(new AddColumn("users", column("name", "text"))), result.upgrade());
    assertEquals(List.of(dropColumn("users", column("name", "text"))), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_addedNotNullColumnWithoutDefault_warnsThatItFailsOnRows() {
    TableNode after = table("users").id("id", "bigint").column("email", "text")
        .column(notNull("age", "integer")).build();
    Finding finding = diff(schema(USERS), schema(after)).findings().get(0);
    assertEquals(Severity.WARNING, finding.severity());
    assertEquals("TM043", finding.code());
    assertEquals("age", finding.column());
    assertEquals("column users.age is added NOT NULL without a default, which fails if users has"
        + " rows: give it a default, or add it nullable, fill it, and make it NOT NULL in a later"
        + " revision", finding.message());
  }

  @Test
  void diff_addedNotNullColumnWithDefault_reportsNothing() {
    TableNode after = table("users").id("id", "bigint").column("email", "text")
        .column(new ColumnDef("age", "integer", false, "0")).build();
    assertEquals(List.of(), diff(schema(USERS), schema(after)).findings());
  }

  @Test
  void diff_droppedColumn_dropsIt_andDowngradeRestoresTheWholeColumn() {
    TableNode before = table("users").id("id", "bigint")
        .column(new ColumnDef("email", "text", false, "''")).build();
    TableNode after = table("users").id("id", "bigint").build();
    DiffResult result = diff(schema(before), schema(after));
    assertEquals(List.of(dropColumn("users", new ColumnDef("email", "text", false, "''"))), result.upgrade());
    assertEquals(List.of(new AddColumn("users", new ColumnDef("email", "text", false, "''"))), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_changedType_altersWithReverseTypes() {
    TableNode after = table("users").id("id", "bigint").column("email", "character varying(255)").build();
    DiffResult result = diff(schema(USERS), schema(after));
    assertEquals(List.of(alterType("users", column("email", "text"), "character varying(255)")),
        result.upgrade());
    assertEquals(List.of(new AlterColumnType("users", "email", "text", "email::text",
        column("email", "character varying(255)"))), result.downgrade());
  }

  @Test
  void diff_changedTypeOfColumnWithDefault_dropsTheDefaultAroundTheChange() {
    TableNode before = table("t").column(new ColumnDef("n", "text", true, "'1'")).build();
    TableNode after = table("t").column(new ColumnDef("n", "integer", true, "1")).build();
    DiffResult result = diff(schema(before), schema(after));
    assertEquals(List.of(
        new SetDefault("t", "n", null, new ColumnDef("n", "text", true, "'1'")),
        alterType("t", column("n", "text"), "integer"),
        new SetDefault("t", "n", "1", column("n", "integer"))), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_changedNullability_setsNotNullThroughACheckAndDropsNotNull() {
    TableNode after = table("users").id("id", "bigint").column(notNull("email", "text")).build();
    DiffResult result = diff(schema(USERS), schema(after));
    CheckDef proof = SafePlan.notNullCheck("users", "email");
    assertEquals(List.of(new AddConstraint("users", proof),
        new ValidateConstraint("users", proof.name()), new SetNullable("users", "email", false),
        new DropConstraint("users", proof.name(), proof)), result.upgrade());
    assertEquals(List.of(new SetNullable("users", "email", true)), result.downgrade());
    assertEquals(List.of(new SetNullable("users", "email", true)),
        diff(schema(after), schema(USERS)).upgrade());
  }

  @Test
  void diff_changedDefault_setsItAndDowngradeRestoresTheOldOne() {
    TableNode before = table("t").column(new ColumnDef("s", "text", true, "'new'")).build();
    TableNode after = table("t").column(new ColumnDef("s", "text", true, "'open'")).build();
    TableNode none = table("t").column("s", "text").build();
    ColumnDef was = new ColumnDef("s", "text", true, "'new'");
    assertEquals(List.of(new SetDefault("t", "s", "'open'", was)),
        diff(schema(before), schema(after)).upgrade());
    assertEquals(List.of(new SetDefault("t", "s", null, was)),
        diff(schema(before), schema(none)).upgrade());
    assertEquals(List.of(new SetDefault("t", "s", "'new'", column("s", "text"))),
        diff(schema(before), schema(none)).downgrade());
  }

  @Test
  void diff_reorderedColumns_changesNothing() {
    TableNode before = table("t").column("a", "text").column("b", "text").build();
    TableNode after = table("t").column("b", "text").column("a", "text").build();
    assertTrue(diff(schema(before), schema(after)).isEmpty());
  }

  @Test
  void diff_addAndDropInOneTable_dropsBeforeAdding() {
    TableNode before = table("t").column("a", "text").build();
    TableNode after = table("t").column("b", "text").build();
    DiffResult result = diff(schema(before), schema(after));
    assertEquals(List.of(dropColumn("t", column("a", "text")), new AddColumn("t", column("b", "text"))),
        result.upgrade());
    assertDowngradeReverses(result);
  }
}
