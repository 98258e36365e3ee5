package io.tidemark.processor.diff;

import java.util.Map;

/**
 * Renames declared in the code, already checked against the previous snapshot.
 * {@code tables}: new qualified name to old qualified name. {@code columns}: new qualified
 * table name to (new column name to old column name). {@code enumValues}: qualified enum type
 * name to (new value to old value).
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns,
    Map<String, Map<String, String>> enumValues) {
  public static final Renames NONE = new Renames(Map.of(), Map.of());

  public Renames {
    tables = Map.copyOf(tables);
    columns = Map.copyOf(columns);
    enumValues = Map.copyOf(enumValues);
  }

  /** Renames of tables and columns only. */
  public Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
    this(tables, columns, Map.of());
  }

  /** These renames with the enum values renamed. */
  public Renames withEnumValues(Map<String, Map<String, String>> values) {
    return new Renames(tables, columns, values);
  }
}
