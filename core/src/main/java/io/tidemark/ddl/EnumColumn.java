package io.tidemark.ddl;

import java.util.Objects;

/**
 * A column of an enum type, which a change that removes or reorders values converts to the new
 * type; {@code defaultValue} is its default as SQL, {@code null} when it has none.
 */
public record EnumColumn(String table, String column, String defaultValue) {
  public EnumColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }
}
