package io.tidemark;

import io.tidemark.ddl.IndexDef;
import io.tidemark.snapshot.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A live database as {@link Migrator#liveSchema()} reads it, through the same catalog reader
 * as the drift check: {@code schema} in the snapshot's form (tables in the session's current
 * schema have the empty schema name), the indexes TimescaleDB created by itself per qualified
 * table name, and the objects the model cannot express ({@code "view public.v"},
 * {@code "trigger public.t.audit"}, ...) with the SQL that creates each, in creation order.
 */
public record LiveSchema(Schema schema, Map<String, List<IndexDef>> automaticIndexes,
    Map<String, String> otherObjects) {
  public LiveSchema {
    Objects.requireNonNull(schema, "schema");
    automaticIndexes = Map.copyOf(automaticIndexes);
    otherObjects = Collections.unmodifiableMap(new LinkedHashMap<>(otherObjects));
  }
}
