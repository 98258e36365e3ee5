package io.tidemark.ddl;

import java.util.Objects;

/**
 * A column: name, SQL type, nullability and default expression ({@code null} when none).
 * Nullable unless {@link #notNull()} is called, as in SQL. The processor spells {@code type} as
 * PostgreSQL's {@code format_type} prints it ({@code character varying(255)}).
 */
public record ColumnDef(String name, String type, boolean nullable, String defaultValue)
    implements TableElement {
  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, false, defaultValue);
  }

  /** Sets the default, an SQL expression such as {@code "now()"} or {@code "'new'"}. */
  public ColumnDef defaultValue(String expression) {
    return new ColumnDef(name, type, nullable, expression);
  }
}
