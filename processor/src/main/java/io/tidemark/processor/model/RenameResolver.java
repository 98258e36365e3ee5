package io.tidemark.processor.model;

import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks declared renames against the previous snapshot: a rename whose new name is already
 * there was applied by an earlier revision and is ignored; one whose old name is not there
 * either is an error.
 */
final class RenameResolver {
  private final Reporter reporter;
  private final Map<String, TableNode> previous = new HashMap<>();

  RenameResolver(Reporter reporter, Schema previous) {
    this.reporter = reporter;
    previous.tables().forEach(t -> this.previous.put(t.qualifiedName(), t));
  }

  Renames resolve(Collection<Entity> entities) {
    Map<String, String> tables = new HashMap<>();
    Map<String, Map<String, String>> columns = new HashMap<>();
    for (Entity entity : entities) {
      if (entity.table() == null) {
        continue;
      }
      String name = entity.qualifiedName();
      TableNode before = previous.get(name);
      Ann renamed = entity.renamedFrom();
      if (renamed != null && before == null) {
        String old = renamed.string("value");
        old = old.contains(".") || entity.schema().isEmpty() ? old : entity.schema() + "." + old;
        before = previous.get(old);
        if (before == null) {
          reporter.error(Code.TM004, renamed.place("value"), "@RenamedFrom(\"" + old + "\") on "
              + name + ": the previous snapshot has no table " + old + " (nor " + name + ");"
              + " fix the old name, or remove @RenamedFrom if the table is new.");
        } else {
          tables.put(name, old);
        }
      }
      for (FieldColumn field : entity.fields()) {
        if (field.renamedFrom() == null || has(before, field.name())) {
          continue;
        }
        if (has(before, field.renamedFrom())) {
          columns.computeIfAbsent(name, k -> new HashMap<>()).put(field.name(), field.renamedFrom());
        } else {
          reporter.error(Code.TM004, field.column().place("renamedFrom"), "renamedFrom = \""
              + field.renamedFrom() + "\" on column " + name + "." + field.name() + ": the"
              + " previous snapshot has no column " + field.renamedFrom() + " in "
              + (before == null ? "a table of that name" : "table " + before.qualifiedName())
              + "; fix the old name, or remove renamedFrom if the column is new.");
        }
      }
    }
    return new Renames(tables, columns);
  }

  private static boolean has(TableNode table, String column) {
    return table != null && table.columns().stream().anyMatch(c -> c.name().equals(column));
  }
}
