package io.tidemark.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A native enum type: {@code schema} is empty for the search path, {@code entity} the qualified
 * name of the Java enum it was read from, {@code values} its labels in order.
 */
public record EnumNode(String schema, String name, String entity, List<String> values) {
  public EnumNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    values = List.copyOf(values);
  }

  /** {@code name}, or {@code schema.name} when the schema is set. */
  public String qualifiedName() {
    return Names.qualify(schema, name);
  }
}
