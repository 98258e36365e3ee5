package io.tidemark.processor.diff;

import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateEnumType;
import io.tidemark.ddl.DropEnumType;
import io.tidemark.ddl.EnumColumn;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the ops of enum types: created before the tables that use them, dropped after the
 * tables and columns that used them are gone, and their values changed once every column of the
 * type is in place, so that a type swap converts exactly the columns the type has then (in a
 * downgrade as well, which runs the reverse at the same point).
 */
final class EnumDiffer {
  private final Plan plan;

  EnumDiffer(Plan plan) {
    this.plan = plan;
  }

  void diff(Schema previous, Schema current, Renames renames) {
    for (EnumNode now : current.enums()) {
      EnumNode then = find(previous.enums(), now.qualifiedName());
      if (then == null) {
        plan.add(Phase.CREATE_ENUM_TYPE, new CreateEnumType(now.qualifiedName(), now.values()));
      } else if (!then.values().equals(now.values())) {
        Map<String, String> renamed = new TreeMap<>();
        renames.enumValues().getOrDefault(now.qualifiedName(), Map.of())
            .forEach((value, old) -> renamed.put(old, value));
        plan.add(Phase.ALTER_ENUM_TYPE, new AlterEnumType(now.qualifiedName(), then.values(),
            now.values(), renamed, columns(current, now.qualifiedName())));
      }
    }
    for (EnumNode then : previous.enums()) {
      if (find(current.enums(), then.qualifiedName()) == null) {
        plan.add(Phase.DROP_ENUM_TYPE, new DropEnumType(then.qualifiedName(), then.values()));
      }
    }
  }

  /** The columns of type {@code type} in {@code schema}, with their defaults. */
  static List<EnumColumn> columns(Schema schema, String type) {
    List<EnumColumn> columns = new ArrayList<>();
    for (TableNode table : schema.tables()) {
      for (ColumnDef column : table.columns()) {
        if (column.type().equals(type)) {
          columns.add(new EnumColumn(table.qualifiedName(), column.name(),
              column.defaultValue()));
        }
      }
    }
    return columns;
  }

  private static EnumNode find(List<EnumNode> types, String name) {
    return types.stream().filter(t -> t.qualifiedName().equals(name)).findFirst().orElse(null);
  }
}
