package io.tidemark.processor.lint;

import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AddDimension;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.processor.lint.Violation.Spot;
import java.util.function.Consumer;

/**
 * The rules on tables: a key added to existing rows, renames that break the code still running,
 * drops, TimescaleDB conversions that copy every row, and the ALTERs that TimescaleDB before 2.18
 * rejects while compression is enabled.
 */
final class TableRules {
  private static final Spot COMPRESSION = new Spot(null, "Hypertable", "compression");

  private final Change change;
  private final Consumer<Violation> out;

  TableRules(Change change, Consumer<Violation> out) {
    this.change = change;
    this.out = out;
  }

  void check(int index, Operation op) {
    if (op instanceof AddConstraint add) {
      if (add.constraint() instanceof PrimaryKeyDef key && key.index() == null
          && change.existing(add.table())) {
        addedKey(index, add.table(), key);
      }
      compressedAlter(index, add.table(), null, "adds constraint " + add.constraint().name(),
          "2.18");
    } else if (op instanceof ValidateConstraint validate) {
      compressedAlter(index, validate.table(), null, "validates constraint " + validate.name(),
          null);
    } else if (op instanceof DropConstraint drop) {
      compressedAlter(index, change.current(drop.table()), null, "drops constraint "
          + drop.name(), "2.15");
    } else if (op instanceof SetNullable set) {
      compressedAlter(index, set.table(), set.column(), (set.nullable() ? "drops" : "sets")
          + " NOT NULL on column " + set.column(), "2.18");
    } else if (op instanceof RenameColumn rename) {
      String name = rename.table() + "." + rename.newName();
      out.accept(new Violation(Rule.RENAME_COLUMN, rename.table(), rename.newName(), index,
          "column " + rename.table() + "." + rename.column() + " is renamed to " + name + ":"
              + " the code still running during the deploy reads and writes the old name and"
              + " fails until it is replaced. Fix: add the new column as a field of its own, write"
              + " both, backfill, and remove the old field later (see Rename a column in two steps"
              + " in docs/zero-downtime.md)", new Spot(rename.newName(), "Column", "renamedFrom")));
    } else if (op instanceof RenameTable rename) {
      out.accept(new Violation(Rule.RENAME_TABLE, rename.renamed(), null, index, "table "
          + rename.table() + " is renamed to " + rename.renamed() + ": the code still running"
          + " during the deploy reads and writes the old name and fails until it is replaced."
          + " Fix: deploy code that no longer needs the table under its old name first (or accept"
          + " the errors of a short window)", new Spot(null, "RenamedFrom", "value")));
    } else if (op instanceof DropColumn drop
        && change.column(change.current(drop.table()), drop.column()) != null) {
      String table = change.current(drop.table());
      out.accept(new Violation(Rule.GENERATED_COLUMN, table, drop.column(), index, "column "
          + table + "." + drop.column() + " is dropped and added again, as PostgreSQL cannot"
          + " change in place whether or how a column is generated: every row is computed again"
          + " (a column that stops being generated starts empty), rewriting the table under an"
          + " ACCESS EXCLUSIVE lock. Fix: on a large table, add a new column, fill it in batches"
          + " and switch to it", new Spot(drop.column(), "Column", "generatedAs")));
    } else if (op instanceof DropColumn drop) {
      String table = change.current(drop.table());
      out.accept(new Violation(Rule.DROP_COLUMN, table, drop.column(), index, "column " + table
          + "." + drop.column() + " is dropped with its values", new Spot(drop.column(), "Table",
              null)));
    } else if (op instanceof DropTable drop) {
      out.accept(new Violation(Rule.DROP_TABLE, drop.table(), null, index, "table " + drop.table()
          + " is dropped with its rows", null));
    } else if (op instanceof AddDimension add) {
      out.accept(new Violation(Rule.ADD_DIMENSION, add.table(), add.dimension().column(), index,
          "dimension " + add.dimension().column() + " is added to existing hypertable "
          + add.table() + ": TimescaleDB documents add_dimension for empty hypertables (on one"
          + " with rows, releases that allow it partition only the chunks created afterwards) and"
          + " cannot remove a dimension, so a downgrade leaves it. Fix: on a table with rows,"
          + " create a new hypertable with the dimension under another name and copy the rows"
          + " over; on an empty one, acknowledge",
          new Spot(null, "Hypertable", "dimensions")));
    } else if (op instanceof CreateHypertable create && create.hypertable().migrate()
        && change.ops.stream().noneMatch(o -> o instanceof ConvertToPlainTable convert
            && change.current(convert.table()).equals(create.table()))) {
      out.accept(new Violation(Rule.MIGRATE_DATA, create.table(), null, index, "existing table "
          + create.table() + " becomes a hypertable: create_hypertable(migrate_data => true)"
          + " copies every row into chunks under an ACCESS EXCLUSIVE lock, blocking reads and"
          + " writes for as long as the copy takes. Fix: on a big table, create a new hypertable"
          + " under another name, copy the rows in batches, and switch the code to it; on a small"
          + " one, or in a maintenance window, acknowledge", new Spot(null, "Hypertable", null)));
    }
  }

  /**
   * A key that builds its own index on a table with rows: the safe plan takes over an index
   * built concurrently, which a hypertable refuses, so this is a hypertable's key.
   */
  private void addedKey(int index, String table, PrimaryKeyDef key) {
    out.accept(new Violation(Rule.ADD_PRIMARY_KEY, table, null, index, "primary key "
        + key.name() + " (" + String.join(", ", key.columns()) + ") is added to existing table "
        + table + ", which builds its unique index under a lock that blocks writes while every"
        + " row is read" + (change.after(table).hypertable() == null ? ""
            : "; on a hypertable TimescaleDB can neither build it concurrently nor take over an"
                + " index built before") + ". Fix: add the key in a quiet window, or to a new"
        + " table that the rows are copied into", new Spot(key.columns().get(0), "Id", null)));
  }

  /**
   * An ALTER that TimescaleDB rejects while compression is enabled: before {@code since}, or,
   * when {@code since} is null, in every release from 2.13 to 2.29.
   */
  private void compressedAlter(int index, String table, String column, String what,
      String since) {
    if (!change.compressedAt(table, index)) {
      return;
    }
    String fix = since == null
        ? "; or hand-edit the revision to add the constraint without NOT VALID and this"
            + " validation (accepted since TimescaleDB 2.18), and acknowledge it"
        : "; or, when every server runs TimescaleDB " + since + " or later, acknowledge it or"
            + " set -Atidemark.lint.compressedAlter=off";
    out.accept(new Violation(Rule.COMPRESSED_ALTER, table, column, index, "this change " + what
        + " of hypertable " + table + ", which has compression enabled: TimescaleDB "
        + (since == null ? "(every release, 2.13 to 2.29)" : "before " + since)
        + " rejects that (\"operation not supported on hypertables that have compression"
        + " enabled\"). Fix: disable compression in one revision (remove compression from"
        + " @Hypertable), make the change, and enable it again in the next" + fix, COMPRESSION));
  }
}
