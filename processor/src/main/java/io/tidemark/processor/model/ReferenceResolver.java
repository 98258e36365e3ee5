package io.tidemark.processor.model;

import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns {@code @References} into foreign keys once every table of the model is known. */
final class ReferenceResolver {
  private static final Set<String> ACTIONS =
      Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");
  /** Marks an action already reported as invalid; never a valid action, it has a space at each end. */
  private static final String INVALID = " invalid ";

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
      if (field.references() != null) {
        Optional<ForeignKeyDef> key = foreignKey(table, field, field.references());
        ok &= key.isPresent();
        key.ifPresent(keys::add);
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(keys.isEmpty() ? table : new TableNode(table.schema(), table.name(),
        table.entity(), table.columns(), table.primaryKey(), table.uniques(), table.checks(),
        keys, table.indexes(), table.hypertable()));
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
    String onDelete = action(ref, "onDelete");
    String onUpdate = action(ref, "onUpdate");
    if (INVALID.equals(onDelete) || INVALID.equals(onUpdate)) {
      return Optional.empty();
    }
    String name = ref.string("name").isEmpty()
        ? Naming.constraint(table.name(), List.of(field.name()), "fkey") : ref.string("name");
    if (!Identifiers.check(reporter, ref.place("name"), "Constraint name", name)) {
      return Optional.empty();
    }
    return Optional.of(new ForeignKeyDef(name, List.of(field.name()), target, List.of(column),
        onDelete, onUpdate));
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
