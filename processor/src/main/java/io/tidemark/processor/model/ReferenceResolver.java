package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code @References} on fields and {@code @ForeignKey} on entity classes into foreign keys
 * once every table of the model is known.
 */
final class ReferenceResolver {
  private static final Set<String> ACTIONS =
      Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");
  /** Marks an action already reported as invalid; never a valid action, it has a space at each end. */
  private static final String INVALID = " invalid ";
  private static final String FOREIGN_KEY = "io.tidemark.annotations.ForeignKey";

  private final Reporter reporter;
  private final Map<String, TableNode> tables;
  /** False when an entity could not be read: a table it maps to is then missing, not unknown. */
  private final boolean complete;

  ReferenceResolver(Reporter reporter, Map<String, TableNode> tables, boolean complete) {
    this.reporter = reporter;
    this.tables = tables;
    this.complete = complete;
  }

  /** The table with its foreign keys, empty when one of them has an error. */
  Optional<TableNode> resolve(Entity entity) {
    TableNode table = entity.table();
    List<ForeignKeyDef> keys = new ArrayList<>();
    boolean ok = true;
    for (FieldColumn field : entity.fields()) {
      if (field.join() != null) {
        Optional<ForeignKeyDef> key = joinKey(table, field, field.join());
        ok &= key.isPresent();
        key.ifPresent(keys::add);
      } else if (field.references() != null) {
        Optional<ForeignKeyDef> key = foreignKey(table, field, field.references());
        ok &= key.isPresent();
        key.ifPresent(keys::add);
      }
    }
    for (Ann declared : ColumnReader.all(Ann.all(entity.element()), FOREIGN_KEY)) {
      Optional<ForeignKeyDef> key = tableKey(table, declared);
      ok &= key.isPresent();
      key.ifPresent(keys::add);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(keys.isEmpty() ? table : new TableNode(table.schema(), table.name(),
        table.entity(), table.columns(), table.primaryKey(), table.uniques(), table.checks(),
        keys, table.indexes(), table.hypertable(), table.comment()));
  }

  private Optional<ForeignKeyDef> foreignKey(TableNode table, FieldColumn field, Ann ref) {
    String target = ref.string("table").replaceAll("\\s+", "");
    String column = ref.string("column");
    TableNode referenced = tables.get(target);
    if (column.isEmpty()) {
      if (referenced == null && !complete) {
        // The entity that maps to it may be the one whose error is already reported.
        return Optional.empty();
      }
      if (referenced == null) {
        reporter.error(Code.TM009, ref.place("table"), "@References(table = \"" + target + "\") on"
            + " field " + field.field().getSimpleName() + ": no entity maps to table " + target
            + ", so its key column is unknown; fix the table name or write column = \"...\".");
        return Optional.empty();
      }
      if (referenced.primaryKey() == null || referenced.primaryKey().columns().size() != 1) {
        reporter.error(Code.TM018, ref.place("table"), "@References(table = \"" + target + "\")"
            + " on field " + field.field().getSimpleName() + ": table " + target + " has no"
            + " single-column primary key; write column = \"...\" naming the referenced column.");
        return Optional.empty();
      }
      column = referenced.primaryKey().columns().get(0);
    } else if (referenced != null
        && referenced.columns().stream().noneMatch(c -> c.name().equals(ref.string("column")))) {
      reporter.error(Code.TM010, ref.place("column"), "@References column \"" + column + "\": table "
          + target + " has no such column; use one of: " + String.join(", ",
              referenced.columns().stream().map(c -> c.name()).toList()) + ".");
      return Optional.empty();
    }
    return key(table, ref, List.of(field.name()), target, List.of(column));
  }

  /** The key of a JPA join column, its name, actions and deferral from {@code @References}. */
  private Optional<ForeignKeyDef> joinKey(TableNode table, FieldColumn field, JoinTarget join) {
    TableNode referenced = tables.get(join.table());
    if (referenced == null) {
      if (complete) {
        reporter.error(Code.TM047, join.relation().place(), "Field " + field.field()
            .getSimpleName() + " refers to table " + join.table() + ", which no entity of this"
            + " compilation maps to; compile its entity together with this one.");
      }
      return Optional.empty();
    }
    if (join.references() != null) {
      return key(table, join.references(), List.of(field.name()), join.table(),
          List.of(join.column()));
    }
    return Optional.of(new ForeignKeyDef(Naming.constraint(table.name(), List.of(field.name()),
        "fkey"), List.of(field.name()), join.table(), List.of(join.column()), null, null));
  }

  /** A {@code @ForeignKey} on the entity class, over one or more of its columns. */
  private Optional<ForeignKeyDef> tableKey(TableNode table, Ann key) {
    List<String> columns = key.strings("columns");
    String target = key.string("table").replaceAll("\\s+", "");
    if (columns.isEmpty()) {
      reporter.error(Code.TM017, key.place("columns"), "@ForeignKey on table " + table.name()
          + " has an empty columns; write for example columns = {\"tenant_id\", \"customer_id\"}.");
      return Optional.empty();
    }
    List<String> names = table.columns().stream().map(c -> c.name()).toList();
    if (!known(key, "columns", columns, names, table.name(), Code.TM003)) {
      return Optional.empty();
    }
    TableNode referenced = tables.get(target);
    List<String> refColumns = key.strings("referencedColumns");
    if (refColumns.isEmpty()) {
      if (referenced == null && !complete) {
        return Optional.empty();
      }
      if (referenced == null) {
        reporter.error(Code.TM009, key.place("table"), "@ForeignKey(table = \"" + target + "\") on"
            + " table " + table.name() + ": no entity maps to table " + target + ", so its key"
            + " columns are unknown; fix the table name or write referencedColumns = {...}.");
        return Optional.empty();
      }
      refColumns = referenced.primaryKey() == null ? List.of()
          : referenced.primaryKey().columns();
      if (refColumns.size() != columns.size()) {
        reporter.error(Code.TM032, key.place("columns"), "@ForeignKey on table " + table.name()
            + " lists " + columns.size() + " column(s) " + columns + ", but the primary key of "
            + target + " has " + refColumns.size() + " " + refColumns + "; list as many columns,"
            + " or write referencedColumns = {...} naming a unique key of " + target + ".");
        return Optional.empty();
      }
    } else if (refColumns.size() != columns.size()) {
      reporter.error(Code.TM032, key.place("referencedColumns"), "@ForeignKey on table "
          + table.name() + " lists " + columns.size() + " column(s) " + columns + " and "
          + refColumns.size() + " referenced column(s) " + refColumns + "; give one referenced"
          + " column per column, in the same order.");
      return Optional.empty();
    } else if (referenced != null && !known(key, "referencedColumns", refColumns,
        referenced.columns().stream().map(c -> c.name()).toList(), target, Code.TM010)) {
      return Optional.empty();
    }
    return key(table, key, columns, target, refColumns);
  }

  /** Whether every entry of {@code attribute} is one of {@code names}; reports the first not. */
  private boolean known(Ann key, String attribute, List<String> entries, List<String> names,
      String table, Code code) {
    for (int i = 0; i < entries.size(); i++) {
      if (!names.contains(entries.get(i))) {
        reporter.error(code, key.place(attribute, i), "@ForeignKey " + attribute + " entry \""
            + entries.get(i) + "\": table " + table + " has no such column; use one of: "
            + String.join(", ", names) + ".");
        return false;
      }
    }
    return true;
  }

  /** The key with the actions, name and deferral that {@code ann} gives. */
  private Optional<ForeignKeyDef> key(TableNode table, Ann ann, List<String> columns,
      String target, List<String> refColumns) {
    String onDelete = action(ann, "onDelete");
    String onUpdate = action(ann, "onUpdate");
    if (INVALID.equals(onDelete) || INVALID.equals(onUpdate)) {
      return Optional.empty();
    }
    String name = ann.string("name").isEmpty()
        ? Naming.constraint(table.name(), columns, "fkey") : ann.string("name");
    if (!Identifiers.check(reporter, ann.place("name"), "Constraint name", name)) {
      return Optional.empty();
    }
    ForeignKeyDef key = new ForeignKeyDef(name, columns, target, refColumns, onDelete, onUpdate);
    if (!ann.bool("deferrable")) {
      if (ann.bool("initiallyDeferred")) {
        reporter.error(Code.TM031, ann.place("initiallyDeferred"), "Foreign key " + name + " of"
            + " table " + table.name() + " is initiallyDeferred but not deferrable; add"
            + " deferrable = true, or leave out initiallyDeferred.");
        return Optional.empty();
      }
      return Optional.of(key);
    }
    return Optional.of(key.deferrable(ann.bool("initiallyDeferred")));
  }

  /** The upper-cased action, null for NO ACTION (the default), INVALID after reporting TM008. */
  private String action(Ann ref, String attribute) {
    String action = ref.string(attribute).replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    if (action.isEmpty() || action.equals("NO ACTION")) {
      return null;
    }
    if (ACTIONS.contains(action)) {
      return action;
    }
    reporter.error(Code.TM008, ref.place(attribute), attribute + " = \"" + ref.string(attribute)
        + "\" is not a foreign-key action; write CASCADE, SET NULL, SET DEFAULT, RESTRICT or"
        + " NO ACTION.");
    return INVALID;
  }
}
