package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.SetComment;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table and column comments: how adding, changing and removing one becomes ops. */
class SchemaDifferCommentsTest {
  private static final ColumnDef ID = notNull("id", "bigint");
  private static final ColumnDef NOTE = column("note", "text");

  private static TableNode orders(String comment, ColumnDef... columns) {
    var builder = table("orders").column(ID).primaryKey("orders_pkey", "id");
    for (ColumnDef column : columns) {
      builder.column(column);
    }
    return builder.build().comment(comment);
  }

  @Test
  void diff_newTableWithComments_commentsFollowTheCreateTable() {
    TableNode now = orders("One row per order", NOTE.comment("Free text"));
    DiffResult result = diff(Schema.EMPTY, schema(now));
    assertEquals(List.of(now.createTable(),
        new SetComment("orders", null, "One row per order", null, true)), result.upgrade());
    assertEquals(List.of(new DropTable("orders", now.createTable())), result.downgrade());
  }

  @Test
  void diff_commentsAddedChangedAndRemoved_setsEachAndReversesToThePrevious() {
    TableNode then = orders(null, NOTE.comment("Free text"), column("total", "numeric"));
    TableNode now = orders("Orders", NOTE, column("total", "numeric").comment("In cents"));
    DiffResult result = diff(schema(then), schema(now));
    assertEquals(List.of(new SetComment("orders", null, "Orders", null, true),
        new SetComment("orders", "note", null, "Free text", true),
        new SetComment("orders", "total", "In cents", null, true)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_commentOnlyChange_altersNothingElse() {
    DiffResult result = diff(schema(orders(null, NOTE.comment("a"))),
        schema(orders(null, NOTE.comment("b"))));
    assertEquals(List.of(new SetComment("orders", "note", "b", "a", true)), result.upgrade());
  }

  @Test
  void diff_droppedCommentedTable_isOneDropWhoseDowngradeRestoresTheComments() {
    TableNode then = orders("Orders", NOTE.comment("Free text"));
    DiffResult result = diff(schema(then), Schema.EMPTY);
    assertEquals(List.of(new DropTable("orders", then.createTable())), result.upgrade());
    assertEquals(List.of(then.createTable(),
        new SetComment("orders", null, "Orders", null, true)), result.downgrade());
  }

  @Test
  void diff_addedAndRenamedColumns_carryTheirComments() {
    ColumnDef paid = column("paid_at", "timestamptz").comment("When it was paid");
    DiffResult added = diff(schema(orders(null)), schema(orders(null, paid)));
    assertEquals(List.of(new AddColumn("orders", paid)), added.upgrade());
    DiffResult renamed = SchemaDiffer.diff(schema(orders(null, NOTE.comment("x"))),
        schema(orders(null, NOTE.rename("remark").comment("x"))),
        new Renames(Map.of(), Map.of("orders", Map.of("remark", "note"))));
    assertEquals(List.of(new RenameColumn("orders", "note", "remark")), renamed.upgrade());
  }
}
