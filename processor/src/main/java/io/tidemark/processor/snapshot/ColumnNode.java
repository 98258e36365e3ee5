package io.tidemark.processor.snapshot;

import java.util.Objects;

/**
 * A column. {@code type} is PostgreSQL's canonical spelling as {@code format_type} prints it
 * ({@code integer}, {@code character varying(255)}, {@code timestamp with time zone});
 * {@code defaultValue} is the SQL expression as written, {@code null} when none.
 */
public record ColumnNode(String name, String type, boolean nullable, String defaultValue) {
  public ColumnNode {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
