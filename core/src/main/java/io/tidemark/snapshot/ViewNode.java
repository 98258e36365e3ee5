package io.tidemark.snapshot;

import io.tidemark.ddl.CreateView;
import java.util.List;
import java.util.Objects;

/**
 * A view or materialized view; {@code dependsOn} holds the qualified names of the tables,
 * views and continuous aggregates its query reads, sorted, so the diff can re-create it when
 * one of them changes under it.
 */
public record ViewNode(
    String schema,
    String name,
    String entity,
    String query,
    boolean materialized,
    boolean withData,
    List<String> dependsOn) {
  public ViewNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(query, "query");
    dependsOn = dependsOn.stream().sorted().distinct().toList();
  }

  public String qualifiedName() {
    return Names.qualify(schema, name);
  }

  /** The operation that creates it. */
  public CreateView createView() {
    return new CreateView(qualifiedName(), query, materialized, materialized ? withData : true);
  }
}
