package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code refTable} may be schema-qualified ({@code "schema.table"}) and is
 * {@code null} until {@link #references} names it; {@code onDelete} and {@code onUpdate} are
 * {@code null} for the server's default (NO ACTION).
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String refTable,
    List<String> refColumns,
    String onDelete,
    String onUpdate)
    implements Constraint {
  public ForeignKeyDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
  }

  public ForeignKeyDef references(String table, String... columns) {
    return new ForeignKeyDef(name, this.columns, table, List.of(columns), onDelete, onUpdate);
  }

  public ForeignKeyDef onDelete(String action) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, action, onUpdate);
  }

  public ForeignKeyDef onUpdate(String action) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, onDelete, action);
  }
}
