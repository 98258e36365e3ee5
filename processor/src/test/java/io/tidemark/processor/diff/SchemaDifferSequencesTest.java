package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.dropColumn;
import static io.tidemark.processor.diff.Expected.dropTable;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AlterSequence;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateSequence;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropSequence;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Standalone sequences: created before the tables that draw from them, owned once they exist. */
class SchemaDifferSequencesTest {
  private static final ColumnDef NUMBER =
      notNull("number", "bigint").defaultValue("nextval('order_no')");
  private static final TableNode ORDERS =
      table("orders").id("id", "bigint").column(NUMBER).build();
  private static final TableNode PLAIN_ORDERS = table("orders").id("id", "bigint").build();
  private static final SequenceDef ORDER_NO = SequenceDef.named("order_no").start(1000)
      .increment(50);
  private static final SequenceDef OWNED = ORDER_NO.ownedBy("orders", "number");

  private static Schema schema(List<TableNode> tables, SequenceDef... sequences) {
    return new Schema(tables, List.of(), List.of(), List.of(), List.of(sequences));
  }

  @Test
  void diff_newTableWithOwnedSequence_createsSequenceThenTableThenOwner() {
    DiffResult result = diff(Schema.EMPTY, schema(List.of(ORDERS), OWNED));
    assertEquals(List.of(new CreateSequence(ORDER_NO), ORDERS.createTable(),
        new AlterSequence(OWNED, ORDER_NO)), result.upgrade());
    assertEquals(List.of(new AlterSequence(ORDER_NO, OWNED), dropTable(ORDERS),
        new DropSequence("order_no", ORDER_NO)), result.downgrade());
  }

  @Test
  void diff_droppedTableAndItsSequence_clearsTheOwnerFirstSoTheDropDoesNotTakeItAlong() {
    DiffResult result = diff(schema(List.of(ORDERS), OWNED), Schema.EMPTY);
    assertEquals(List.of(new AlterSequence(ORDER_NO, OWNED), dropTable(ORDERS),
        new DropSequence("order_no", ORDER_NO)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_changedOptions_altersInPlaceWithoutRestart() {
    SequenceDef changed = OWNED.increment(10).cache(20).cycle();
    DiffResult result = diff(schema(List.of(ORDERS), OWNED), schema(List.of(ORDERS), changed));
    assertEquals(List.of(new AlterSequence(changed, OWNED)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_ownerColumnDroppedSequenceKept_letsGoBeforeTheColumnGoes() {
    DiffResult result = diff(schema(List.of(ORDERS), OWNED),
        schema(List.of(PLAIN_ORDERS), ORDER_NO));
    assertEquals(List.of(new AlterSequence(ORDER_NO, OWNED), dropColumn("orders", NUMBER)),
        result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_ownerAddedWithANewColumn_ownsItOnceTheColumnExists() {
    DiffResult result = diff(schema(List.of(PLAIN_ORDERS), ORDER_NO),
        schema(List.of(ORDERS), OWNED));
    assertEquals(List.of(new AddColumn("orders", NUMBER), new AlterSequence(OWNED, ORDER_NO)),
        result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_ownerMovesToAnotherColumn_letsGoFirstAndOwnsAtTheEnd() {
    TableNode both = table("orders").id("id", "bigint").column(NUMBER)
        .column(notNull("ref", "bigint")).build();
    SequenceDef moved = ORDER_NO.ownedBy("orders", "ref");
    DiffResult result = diff(schema(List.of(both), OWNED), schema(List.of(both), moved));
    assertEquals(List.of(new AlterSequence(ORDER_NO, OWNED), new AlterSequence(moved, ORDER_NO)),
        result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_ownerTableAndColumnRenamed_isNoSequenceChange() {
    TableNode renamed = table("purchases").id("id", "bigint")
        .column(notNull("no", "bigint").defaultValue("nextval('order_no')")).build();
    DiffResult result = SchemaDiffer.diff(schema(List.of(ORDERS), OWNED),
        schema(List.of(renamed), ORDER_NO.ownedBy("purchases", "no")),
        new Renames(Map.of("purchases", "orders"), Map.of("purchases", Map.of("no", "number"))));
    assertEquals(List.of(new RenameTable("orders", "purchases"),
        new RenameColumn("purchases", "number", "no")), result.upgrade().stream()
        .filter(op -> !(op instanceof RenameConstraint)).toList());
  }

  @Test
  void diff_sequenceInANewSchema_createsTheSchemaFirstAndDropsItLast() {
    SequenceDef billing = SequenceDef.named("billing.invoice_no");
    DiffResult result = diff(Schema.EMPTY, schema(List.of(), billing));
    assertEquals(List.of(new CreateSchema("billing"), new CreateSequence(billing)),
        result.upgrade());
    assertEquals(List.of(new DropSequence("billing.invoice_no", billing),
        new DropSchema("billing")), result.downgrade());
  }
}
