package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code refTable} may be schema-qualified ({@code "schema.table"}) and is
 * {@code null} until {@link #references} names it; {@code onDelete} and {@code onUpdate} are
 * {@code null} for the server's default (NO ACTION); {@code validated} is false for one added
 * {@code NOT VALID}, which a {@link ValidateConstraint} validates later.
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String refTable,
    List<String> refColumns,
    String onDelete,
    String onUpdate,
    boolean validated)
    implements Constraint {
  public ForeignKeyDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
  }

  /** A foreign key that validates the existing rows as it is added. */
  public ForeignKeyDef(String name, List<String> columns, String refTable,
      List<String> refColumns, String onDelete, String onUpdate) {
    this(name, columns, refTable, refColumns, onDelete, onUpdate, true);
  }

  public ForeignKeyDef references(String table, String... columns) {
    return new ForeignKeyDef(name, this.columns, table, List.of(columns), onDelete, onUpdate,
        validated);
  }

  public ForeignKeyDef onDelete(String action) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, action, onUpdate, validated);
  }

  public ForeignKeyDef onUpdate(String action) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, onDelete, action, validated);
  }

  /**
   * Added without scanning the existing rows (a short lock on both tables); validate it with a
   * {@link ValidateConstraint}.
   */
  public ForeignKeyDef notValid() {
    return new ForeignKeyDef(name, columns, refTable, refColumns, onDelete, onUpdate, false);
  }
}
