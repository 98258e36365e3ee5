package io.tidemark.processor.diff;

import java.util.Map;

/**
 * Renames declared in the code, already checked against the previous snapshot.
 * {@code tables}: new qualified name to old qualified name. {@code columns}: new qualified
 * table name to (new column name to old column name).
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {
  public static final Renames NONE = new Renames(Map.of(), Map.of());

  public Renames {
    tables = Map.copyOf(tables);
    columns = Map.copyOf(columns);
  }
}
