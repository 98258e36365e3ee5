package io.tidemark.snapshot;

import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.RefreshDef;
import java.util.Objects;

/** A continuous aggregate; {@code refresh} is {@code null} when it has no refresh policy. */
public record AggregateNode(
    String schema,
    String name,
    String entity,
    String query,
    boolean materializedOnly,
    RefreshDef refresh) {
  public AggregateNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(query, "query");
  }

  public String qualifiedName() {
    return Names.qualify(schema, name);
  }

  /** The operation that creates it, without its refresh policy. */
  public CreateContinuousAggregate createAggregate() {
    return new CreateContinuousAggregate(qualifiedName(), query, materializedOnly);
  }
}
