package io.tidemark.catalog;

import io.tidemark.ddl.IndexDef;
import io.tidemark.snapshot.Schema;
import java.util.List;
import java.util.Map;

/**
 * A live database as Tidemark models it: {@code schema} in the snapshot's form (tables in the
 * session's current schema have the empty schema name, {@code entity} is empty), the indexes
 * TimescaleDB created by itself per qualified table name (never part of {@code schema}), and
 * the user objects the model cannot express, in an order that creates them.
 */
public record Catalog(Schema schema, Map<String, List<IndexDef>> automaticIndexes,
    List<Unmodelled> unmodelled) {
  public Catalog {
    automaticIndexes = Map.copyOf(automaticIndexes);
    unmodelled = List.copyOf(unmodelled);
  }

  /** The automatic indexes of the table {@code qualifiedName} (empty when none). */
  public List<IndexDef> automaticIndexes(String qualifiedName) {
    return automaticIndexes.getOrDefault(qualifiedName, List.of());
  }
}
