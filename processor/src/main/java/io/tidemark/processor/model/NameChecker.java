package io.tidemark.processor.model;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks that names PostgreSQL keeps in one namespace are unique: indexes (including those of
 * primary keys and unique constraints) share a schema with tables and views, and every
 * constraint name is unique within its table.
 */
final class NameChecker {
  private final Reporter reporter;
  private boolean ok = true;

  NameChecker(Reporter reporter) {
    this.reporter = reporter;
  }

  boolean check(Map<String, Entity> entities, Schema schema) {
    Map<String, String> relations = new HashMap<>();
    for (TableNode table : schema.tables()) {
      relations.put(key(table.schema(), table.name()), "table " + table.qualifiedName());
    }
    for (AggregateNode view : schema.aggregates()) {
      relations.put(key(view.schema(), view.name()), "view " + view.qualifiedName());
    }
    for (ViewNode view : schema.views()) {
      relations.put(key(view.schema(), view.name()), "view " + view.qualifiedName());
    }
    for (TableNode table : schema.tables()) {
      Entity entity = entities.get(table.qualifiedName());
      Map<String, String> constraints = new HashMap<>();
      if (table.primaryKey() != null) {
        add(entity, relations, key(table.schema(), table.primaryKey().name()), "primary key");
        add(entity, constraints, table.primaryKey().name(), "primary key");
      }
      for (UniqueDef unique : table.uniques()) {
        add(entity, relations, key(table.schema(), unique.name()), "unique constraint");
        add(entity, constraints, unique.name(), "unique constraint");
      }
      for (IndexDef index : table.indexes()) {
        add(entity, relations, key(table.schema(), index.name()), "index");
      }
      for (CheckDef check : table.checks()) {
        add(entity, constraints, check.name(), "check constraint");
      }
      for (ForeignKeyDef key : table.foreignKeys()) {
        add(entity, constraints, key.name(), "foreign key");
      }
    }
    return ok;
  }

  private void add(Entity entity, Map<String, String> names, String name, String what) {
    String owner = what + " of table " + entity.qualifiedName();
    String clash = names.putIfAbsent(name, owner);
    if (clash != null) {
      ok = false;
      reporter.error(Code.TM016, entity.declaration().place(), "The " + owner + " is named "
          + displayName(name) + ", like the " + clash + "; PostgreSQL needs distinct names:"
          + " set name = \"...\" on one of them.");
    }
  }

  private static String key(String schema, String name) {
    return schema + "\u0000" + name;
  }

  private static String displayName(String key) {
    return key.substring(key.indexOf('\u0000') + 1);
  }
}
