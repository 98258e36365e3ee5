package io.tidemark.processor.diff;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.SetComment;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetNullable;
import io.tidemark.snapshot.TableNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Decides the ops of one table: created, dropped, or kept. Constraints and indexes are matched
 * by name, and any change to one is a drop plus an add; columns are matched by name after
 * renames, so a renamed column keeps its values. What a kept table gains follows the
 * {@link SafePlan}; a created table gets the plain ops.
 */
final class TableDiffer {
  private final Plan plan;
  private final HypertableDiffer hypertables;
  private final SafePlan safe;
  /** Current names of tables whose primary key or unique keys are rebuilt in this diff. */
  private final Set<String> rebuiltKeys;

  TableDiffer(Plan plan, Set<String> rebuiltKeys) {
    this.plan = plan;
    this.hypertables = new HypertableDiffer(plan);
    this.safe = new SafePlan(plan);
    this.rebuiltKeys = rebuiltKeys;
  }

  /**
   * Whether foreign keys pointing at this table must be dropped while its keys are rebuilt;
   * a key that is only renamed stays. {@code previous} and {@code mapped} are the table before
   * under old and new column names, {@code current} as declared.
   */
  static boolean rebuildsKeys(TableNode previous, TableNode mapped, TableNode current) {
    TableNode after = new NameChanges(previous, mapped, current, Set.of()).withOldNames(current);
    return !Objects.equals(mapped.primaryKey(), after.primaryKey())
        || !mapped.uniques().equals(after.uniques())
        || !mapped.indexes().stream().filter(IndexDef::uniqueIndex).toList()
            .equals(after.indexes().stream().filter(IndexDef::uniqueIndex).toList());
  }

  void created(TableNode table) {
    String name = table.qualifiedName();
    plan.add(Phase.CREATE_TABLE, table.createTable());
    if (table.hypertable() != null) {
      plan.add(Phase.CREATE_TABLE, new CreateHypertable(name, table.hypertable().dimensions()));
    }
    if (table.comment() != null) {
      plan.add(Phase.CREATE_TABLE, new SetComment(name, null, table.comment(), null, true));
    }
    for (IndexDef index : table.indexes()) {
      if (!HypertableDiffer.isAutomaticIndex(table, index)) {
        plan.add(Phase.CREATE_INDEX, new CreateIndex(name, index));
      }
    }
    hypertables.addSettings(name, table.hypertable());
    for (ForeignKeyDef key : table.foreignKeys()) {
      plan.add(Phase.ADD_FOREIGN_KEY, new AddConstraint(name, key));
    }
  }

  /** Tears a table down in the order the upgrade needs; ops that the drop makes moot are pruned later. */
  void dropped(TableNode table) {
    String name = table.qualifiedName();
    for (ForeignKeyDef key : table.foreignKeys()) {
      plan.add(Phase.DROP_FOREIGN_KEY, new DropConstraint(name, key.name(), key));
    }
    hypertables.removeSettings(name, table.hypertable());
    for (IndexDef index : table.indexes()) {
      if (!HypertableDiffer.isAutomaticIndex(table, index)) {
        plan.add(Phase.DROP_INDEX, new DropIndex(name, index.name(), false, index));
      }
    }
    hypertables.dropped(name, table.hypertable());
    if (table.comment() != null) {
      // pruned from the upgrade by the drop; its reverse gives the re-created table its comment
      plan.add(Phase.DROP_TABLE, new SetComment(name, null, null, table.comment(), true));
    }
    plan.add(Phase.DROP_TABLE, new DropTable(name, table.createTable()));
  }

  /**
   * {@code previous} under its old names, {@code mapped} the same under the new names,
   * {@code current} the new declaration. Drops use old names (they run before the renames); the
   * table exists, so additions follow the {@link SafePlan}.
   */
  void kept(TableNode previous, TableNode mapped, TableNode declared) {
    if (mapped.equals(declared)
        && declared.foreignKeys().stream().noneMatch(k -> rebuiltKeys.contains(k.refTable()))) {
      return;
    }
    String old = previous.qualifiedName();
    String now = declared.qualifiedName();
    NameChanges renamed = new NameChanges(previous, mapped, declared, rebuiltKeys);
    renamed.ops().forEach(op -> plan.add(Phase.RENAME_CONSTRAINT, op));
    // Renamed constraints and indexes compare under their old names: they need no other op.
    TableNode current = renamed.withOldNames(declared);
    boolean compressed = mapped.hypertable() != null && mapped.hypertable().compression() != null
        && current.hypertable() != null && current.hypertable().compression() != null;
    // Index drops run before a conversion to a plain table, additions after one to a hypertable.
    boolean wasHypertable = previous.hypertable() != null;
    boolean hypertable = current.hypertable() != null;
    if (!Objects.equals(mapped.comment(), current.comment())) {
      plan.add(Phase.COMMENT, new SetComment(now, null, current.comment(), mapped.comment(), true));
    }
    columns(old, now, mapped, current, compressed);
    if (!Objects.equals(mapped.primaryKey(), current.primaryKey())) {
      if (previous.primaryKey() != null) {
        plan.add(Phase.DROP_CONSTRAINT, dropConstraint(old, previous.primaryKey()));
      }
      if (current.primaryKey() != null) {
        safe.addKey(now, current.primaryKey(), current.primaryKey().columns(), hypertable);
      }
    }
    byName(previous.uniques(), mapped.uniques(), current.uniques(), u -> u.name(), Object::equals,
        u -> plan.add(Phase.DROP_CONSTRAINT, dropConstraint(old, u)),
        u -> safe.addKey(now, u, u.columns(), hypertable));
    byName(previous.checks(), mapped.checks(), current.checks(), c -> c.name(), Object::equals,
        c -> plan.add(Phase.DROP_CONSTRAINT, dropConstraint(old, c)),
        c -> safe.addCheck(now, c));
    byName(previous.foreignKeys(), mapped.foreignKeys(), current.foreignKeys(), k -> k.name(),
        (a, b) -> a.equals(b) && !rebuiltKeys.contains(b.refTable()),
        k -> plan.add(Phase.DROP_FOREIGN_KEY, dropConstraint(old, k)),
        k -> safe.addForeignKey(now, k));
    Set<String> rebuiltIndexes = new HashSet<>();
    byName(previous.indexes(), mapped.indexes(), current.indexes(), i -> i.name(), Object::equals,
        i -> {
          rebuiltIndexes.add(i.name());
          if (!HypertableDiffer.isAutomaticIndex(previous, i)) {
            safe.dropIndex(old, i, wasHypertable);
          }
        },
        i -> {
          rebuiltIndexes.add(i.name());
          if (!HypertableDiffer.isAutomaticIndex(current, i)) {
            safe.createIndex(now, i, hypertable);
          }
        });
    hypertables.kept(old, now, previous.hypertable(), mapped.hypertable(), current.hypertable(),
        rebuiltIndexes);
  }

  private void columns(String old, String now, TableNode mapped, TableNode current, boolean compressed) {
    Map<String, ColumnDef> before = new HashMap<>();
    mapped.columns().forEach(c -> before.put(c.name(), c));
    Set<String> after = new HashSet<>();
    current.columns().forEach(c -> after.add(c.name()));
    Set<String> compressionColumns = compressed ? Sql.compressionColumns(mapped.hypertable()) : Set.of();
    for (ColumnDef column : mapped.columns()) {
      if (!after.contains(column.name())) {
        plan.add(Phase.DROP_COLUMN, new DropColumn(old, column.name(), column));
        if (compressionColumns.contains(column.name())) {
          plan.report(DiffCode.COMPRESSED_DROP_SEGMENT_COLUMN, now, column.name(), "column "
              + column.name() + " is a segmentby or orderby column of " + now + ", which has"
              + " compression enabled: TimescaleDB cannot drop it; disable compression in one"
              + " revision, drop the column, and re-enable compression without it in the next");
        }
      }
    }
    for (ColumnDef column : current.columns()) {
      ColumnDef previous = before.get(column.name());
      if (previous == null) {
        added(now, column, compressed);
      } else if (!Objects.equals(previous.generatedAs(), column.generatedAs())) {
        // PostgreSQL cannot make a column generated, nor change its expression before 17.
        plan.add(Phase.ADD_COLUMN, new DropColumn(now, column.name(), previous));
        added(now, column, compressed);
      } else if (!previous.equals(column)) {
        altered(now, previous, column, compressed);
      }
    }
  }

  private void added(String table, ColumnDef column, boolean compressed) {
    plan.add(Phase.ADD_COLUMN, new AddColumn(table, column));
    String name = table + "." + column.name();
    if (compressed && column.defaultValue() != null && !Sql.isConstant(column.defaultValue())) {
      plan.report(DiffCode.COMPRESSED_VOLATILE_DEFAULT, table, column.name(), "column " + name
          + " is added with the default " + column.defaultValue() + ", which is not a constant;"
          + " TimescaleDB rejects that on a table with compression enabled: give it a constant"
          + " default, or disable compression in one revision, add the column, and re-enable"
          + " compression in the next");
    } else if (!column.nullable() && column.defaultValue() == null) {
      if (compressed) {
        plan.report(DiffCode.COMPRESSED_NOT_NULL_WITHOUT_DEFAULT, table, column.name(), "column "
            + name + " is added NOT NULL without a default, which TimescaleDB rejects on a table"
            + " with compression enabled: give it a constant default (defaultValue = \"0\"), or make"
            + " it nullable");
      } else {
        plan.report(DiffCode.ADD_NOT_NULL_WITHOUT_DEFAULT, table, column.name(), "column " + name
            + " is added NOT NULL without a default, which fails if " + table + " has rows: give it"
            + " a default, or add it nullable, fill it, and make it NOT NULL in a later revision");
      }
    }
  }

  private void altered(String table, ColumnDef before, ColumnDef column, boolean compressed) {
    String name = column.name();
    // An identity lost goes before the default and nullability change, one gained after them.
    ColumnDef previous = Identities.drop(plan, table, before, column);
    if (!previous.type().equals(column.type())) {
      if (compressed) {
        plan.report(DiffCode.COMPRESSED_TYPE_CHANGE, table, name, "column " + table + "." + name
            + " changes type from " + previous.type() + " to " + column.type() + ", which TimescaleDB"
            + " rejects on a table with compression enabled: disable compression in one revision,"
            + " change the column, and re-enable compression in the next");
      }
      // An old default may not cast to the new type: drop it around the change.
      ColumnDef existing = previous;
      if (existing.defaultValue() != null) {
        plan.add(Phase.ALTER_COLUMN, new SetDefault(table, name, null, existing));
        existing = existing.defaultValue(null);
      }
      plan.add(Phase.ALTER_COLUMN, new AlterColumnType(table, name, column.type(),
          AlterColumnType.cast(name, column.type()), existing));
      if (column.defaultValue() != null) {
        plan.add(Phase.ALTER_COLUMN, new SetDefault(table, name, column.defaultValue(),
            existing.type(column.type())));
      }
    } else if (!Objects.equals(previous.defaultValue(), column.defaultValue())) {
      plan.add(Phase.ALTER_COLUMN, new SetDefault(table, name, column.defaultValue(), previous));
    }
    if (column.nullable() && !previous.nullable()) {
      plan.add(Phase.ALTER_COLUMN, new SetNullable(table, name, true));
    } else if (!column.nullable() && previous.nullable()) {
      safe.setNotNull(table, name);
    }
    Identities.addOrAlter(plan, table, before, column);
    if (!Objects.equals(before.comment(), column.comment())) {
      plan.add(Phase.COMMENT,
          new SetComment(table, name, column.comment(), before.comment(), true));
    }
  }

  /**
   * Matches named items; {@code original} and {@code mapped} list the same items (old and new
   * column names) in the same order. A changed item is dropped as it was and added as it is.
   */
  private static <T> void byName(List<T> original, List<T> mapped, List<T> current,
      Function<T, String> name, BiPredicate<T, T> same, Consumer<T> drop, Consumer<T> add) {
    Map<String, T> after = new HashMap<>();
    current.forEach(item -> after.put(name.apply(item), item));
    Map<String, T> before = new HashMap<>();
    for (int i = 0; i < mapped.size(); i++) {
      T item = mapped.get(i);
      before.put(name.apply(item), item);
      T now = after.get(name.apply(item));
      if (now == null || !same.test(item, now)) {
        drop.accept(original.get(i));
      }
    }
    for (T item : current) {
      T then = before.get(name.apply(item));
      if (then == null || !same.test(then, item)) {
        add.accept(item);
      }
    }
  }

  private static DropConstraint dropConstraint(String table, Constraint constraint) {
    return new DropConstraint(table, constraint.name(), constraint);
  }
}
