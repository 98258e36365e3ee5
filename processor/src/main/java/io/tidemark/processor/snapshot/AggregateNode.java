package io.tidemark.processor.snapshot;

import java.util.Objects;

/** A continuous aggregate; {@code refresh} is {@code null} when it has no refresh policy. */
public record AggregateNode(
    String schema,
    String name,
    String entity,
    String query,
    boolean materializedOnly,
    RefreshNode refresh) {
  public AggregateNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(query, "query");
  }

  public String qualifiedName() {
    return Names.qualify(schema, name);
  }
}
