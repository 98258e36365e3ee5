package io.tidemark.processor.lint;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.Operation;
import io.tidemark.processor.lint.Violation.Spot;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two-step drops: a column or table that left the model is dropped only when an acknowledgement
 * covers it. Until then it stays in the schema the revision is written for, and so in the
 * snapshot, which keeps describing the database: the first step only stops the new code from
 * needing it (a NOT NULL column without a default becomes nullable, so inserts that leave it out
 * work), while the code still running keeps using it.
 */
final class PendingDrops {
  /** The schema to diff and store, and a finding for every drop left pending. */
  record Result(Schema schema, List<Violation> pending) {}

  private PendingDrops() {}

  /**
   * {@code declared} plus what {@code upgrade}, the diff from {@code previous} to it, drops
   * without an acknowledgement in {@code acks}.
   */
  static Result keep(Schema previous, Schema declared, List<Operation> upgrade,
      Acknowledgements acks) {
    Change change = new Change(previous, declared, upgrade);
    Map<String, List<ColumnDef>> keptColumns = new LinkedHashMap<>();
    List<TableNode> keptTables = new ArrayList<>();
    List<Violation> pending = new ArrayList<>();
    for (Operation op : upgrade) {
      if (op instanceof DropColumn drop && drop.existing() != null
          && !declares(declared, change.current(drop.table()), drop.column())) {
        String table = change.current(drop.table());
        if (acks.find(Rule.DROP_COLUMN, table, drop.column()).isPresent()) {
          continue;
        }
        ColumnDef column = relaxed(drop.existing());
        keptColumns.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
        pending.add(new Violation(Rule.DROP_COLUMN, table, drop.column(), -1, "column " + table
            + "." + drop.column() + " is no longer in the model but stays in the database,"
            + " where the code still running uses it" + (column == drop.existing() ? ""
                : "; this revision makes it nullable, so inserts that leave it out work")
            + ". Drop it once no running version reads or writes it (a pending drop)",
            new Spot(drop.column(), "Table", null)));
      } else if (op instanceof DropTable drop) {
        if (acks.find(Rule.DROP_TABLE, drop.table(), null).isPresent()) {
          continue;
        }
        previous.tables().stream().filter(t -> t.qualifiedName().equals(drop.table()))
            .findFirst().ifPresent(keptTables::add);
        pending.add(new Violation(Rule.DROP_TABLE, drop.table(), null, -1, "table "
            + drop.table() + " is no longer in the model but stays in the database, where the"
            + " code still running uses it. Drop it once no running version reads or writes it"
            + " (a pending drop)", null));
      }
    }
    if (pending.isEmpty()) {
      return new Result(declared, pending);
    }
    List<TableNode> tables = new ArrayList<>(keptTables);
    for (TableNode table : declared.tables()) {
      List<ColumnDef> extra = keptColumns.get(table.qualifiedName());
      if (extra == null) {
        tables.add(table);
      } else {
        List<ColumnDef> columns = new ArrayList<>(table.columns());
        columns.addAll(extra);
        tables.add(table.columns(columns));
      }
    }
    return new Result(declared.withTables(tables), pending);
  }

  /** Whether the model still has the column: the drop belongs to a drop and add. */
  private static boolean declares(Schema declared, String table, String column) {
    return declared.tables().stream().anyMatch(t -> t.qualifiedName().equals(table)
        && t.columns().stream().anyMatch(c -> c.name().equals(column)));
  }

  /** The column as the first step leaves it: nullable unless PostgreSQL fills it. */
  private static ColumnDef relaxed(ColumnDef column) {
    return column.nullable() || column.defaultValue() != null || column.identity() != null
        || column.generatedAs() != null ? column
        : new ColumnDef(column.name(), column.type(), true, null);
  }
}
