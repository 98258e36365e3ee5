package io.tidemark.ddl;

import java.util.Objects;

/**
 * A column: name, SQL type, nullability and default expression ({@code null} when none).
 * Nullable unless {@link #notNull()} is called, as in SQL. The processor spells {@code type} as
 * PostgreSQL's {@code format_type} prints it ({@code character varying(255)}). An identity
 * column has its {@code identity}, a generated one its {@code generatedAs} expression
 * ({@code GENERATED ALWAYS AS (...) STORED}); both are {@code null} otherwise, and neither goes
 * with a default. {@code comment} is its {@code COMMENT ON COLUMN} text, {@code null} for none.
 */
public record ColumnDef(String name, String type, boolean nullable, String defaultValue,
    IdentityDef identity, String generatedAs, String comment) implements TableElement {
  public ColumnDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if ((identity != null || generatedAs != null) && defaultValue != null) {
      throw new IllegalArgumentException("column " + name + " is "
          + (identity != null ? "an identity" : "a generated") + " column and cannot also have"
          + " the default " + defaultValue);
    }
    if (identity != null && generatedAs != null) {
      throw new IllegalArgumentException(
          "column " + name + " cannot be both an identity and a generated column");
    }
  }

  /** A column without a comment. */
  public ColumnDef(String name, String type, boolean nullable, String defaultValue,
      IdentityDef identity, String generatedAs) {
    this(name, type, nullable, defaultValue, identity, generatedAs, null);
  }

  /** A column that is neither identity nor generated, without a comment. */
  public ColumnDef(String name, String type, boolean nullable, String defaultValue) {
    this(name, type, nullable, defaultValue, null, null, null);
  }

  public ColumnDef notNull() {
    return new ColumnDef(name, type, false, defaultValue, identity, generatedAs, comment);
  }

  /** Sets the default, an SQL expression such as {@code "now()"} or {@code "'new'"}. */
  public ColumnDef defaultValue(String expression) {
    return new ColumnDef(name, type, nullable, expression, identity, generatedAs, comment);
  }

  /** Makes it an identity column ({@code null}: a plain one); PostgreSQL makes it NOT NULL. */
  public ColumnDef identity(IdentityDef generation) {
    return new ColumnDef(name, type, generation == null ? nullable : false, defaultValue,
        generation, generatedAs, comment);
  }

  /**
   * Makes it a stored generated column computed by {@code expression} from the row's other
   * columns ({@code "price * quantity"}); {@code null}: a plain one.
   */
  public ColumnDef generatedAs(String expression) {
    return new ColumnDef(name, type, nullable, defaultValue, identity, expression, comment);
  }

  /** The same column under another name, keeping everything else. */
  public ColumnDef rename(String newName) {
    return new ColumnDef(newName, type, nullable, defaultValue, identity, generatedAs, comment);
  }

  /** The same column with another type, keeping everything else. */
  public ColumnDef type(String newType) {
    return new ColumnDef(name, newType, nullable, defaultValue, identity, generatedAs, comment);
  }

  /** Sets the {@code COMMENT ON COLUMN} text ({@code null}: none). */
  public ColumnDef comment(String text) {
    return new ColumnDef(name, type, nullable, defaultValue, identity, generatedAs, text);
  }
}
