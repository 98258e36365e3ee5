package io.tidemark.processor.diff;

import static io.tidemark.snapshot.Nodes.index;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.AddColumn;
import io.tidemark.snapshot.Nodes.TableBuilder;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferLargeModelTest {
  private static Schema model(int tables, boolean extraColumn) {
    List<TableNode> nodes = new ArrayList<>();
    for (int t = 0; t < tables; t++) {
      String name = "table_" + t;
      TableBuilder table = table(name).id("id", "bigint");
      for (int c = 0; c < 9; c++) {
        table.column("column_" + c, "text");
      }
      if (t > 0) {
        table.column("parent_id", "bigint")
            .foreignKey(Nodes.foreignKey(name + "_parent_id_fkey", "parent_id", "table_" + (t - 1), "id"));
      }
      if (extraColumn && t == tables / 2) {
        table.column("added", "text");
      }
      nodes.add(table.index(index(name + "_column_0_idx", "column_0"))
          .index(index(name + "_column_1_column_2_idx", "column_1", "column_2 DESC")).build());
    }
    return new Schema(nodes, List.of());
  }

  /** A large model diffs to its one change; its speed is measured by {@code bench/run.sh}. */
  @Test
  void diff_500TablesWithOneAddedColumn_findsOnlyThatColumn() {
    DiffResult result = SchemaDiffer.diff(model(500, false), model(500, true), Renames.NONE);
    assertEquals(List.of(new AddColumn("table_250", Nodes.column("added", "text"))), result.upgrade());
  }
}
