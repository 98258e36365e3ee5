package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key. {@code refTable} may be schema-qualified ({@code "schema.table"}) and is
 * {@code null} until {@link #references} names it; {@code onDelete} and {@code onUpdate} are
 * {@code null} for the server's default (NO ACTION); {@code validated} is false for one added
 * {@code NOT VALID}, which a {@link ValidateConstraint} validates later. A {@code deferrable} key
 * may be checked at commit ({@code SET CONSTRAINTS ... DEFERRED}); {@code initiallyDeferred} makes
 * that the default, and needs {@code deferrable}.
 */
public record ForeignKeyDef(
    String name,
    List<String> columns,
    String refTable,
    List<String> refColumns,
    String onDelete,
    String onUpdate,
    boolean validated,
    boolean deferrable,
    boolean initiallyDeferred)
    implements Constraint {
  public ForeignKeyDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
    if (initiallyDeferred && !deferrable) {
      throw new IllegalArgumentException("foreign key " + name + " is initially deferred but not"
          + " deferrable: use deferrable(true)");
    }
  }

  /** A foreign key checked at each statement, as PostgreSQL's default. */
  public ForeignKeyDef(String name, List<String> columns, String refTable,
      List<String> refColumns, String onDelete, String onUpdate, boolean validated) {
    this(name, columns, refTable, refColumns, onDelete, onUpdate, validated, false, false);
  }

  /** A foreign key that validates the existing rows as it is added. */
  public ForeignKeyDef(String name, List<String> columns, String refTable,
      List<String> refColumns, String onDelete, String onUpdate) {
    this(name, columns, refTable, refColumns, onDelete, onUpdate, true);
  }

  public ForeignKeyDef references(String table, String... columns) {
    return new ForeignKeyDef(name, this.columns, table, List.of(columns), onDelete, onUpdate,
        validated, deferrable, initiallyDeferred);
  }

  public ForeignKeyDef onDelete(String action) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, action, onUpdate, validated,
        deferrable, initiallyDeferred);
  }

  public ForeignKeyDef onUpdate(String action) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, onDelete, action, validated,
        deferrable, initiallyDeferred);
  }

  /**
   * {@code DEFERRABLE}, and {@code INITIALLY DEFERRED} when {@code initiallyDeferred}: checked at
   * commit when deferred.
   */
  public ForeignKeyDef deferrable(boolean initiallyDeferred) {
    return new ForeignKeyDef(name, columns, refTable, refColumns, onDelete, onUpdate, validated,
        true, initiallyDeferred);
  }

  /**
   * Added without scanning the existing rows (a short lock on both tables); validate it with a
   * {@link ValidateConstraint}.
   */
  public ForeignKeyDef notValid() {
    return new ForeignKeyDef(name, columns, refTable, refColumns, onDelete, onUpdate, false,
        deferrable, initiallyDeferred);
  }
}
