package io.tidemark.processor.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * A table. {@code schema} is empty for the search path; {@code entity} is the binary name of
 * the class it was read from (re-read on partial compiles); {@code primaryKey} and
 * {@code hypertable} are {@code null} when absent. Columns keep declaration order; the other
 * lists are sorted by name.
 */
public record TableNode(
    String schema,
    String name,
    String entity,
    List<ColumnNode> columns,
    PrimaryKeyNode primaryKey,
    List<UniqueNode> uniques,
    List<CheckNode> checks,
    List<ForeignKeyNode> foreignKeys,
    List<IndexNode> indexes,
    HypertableNode hypertable) {
  public TableNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    columns = List.copyOf(columns);
    uniques = Names.sorted(uniques, UniqueNode::name);
    checks = Names.sorted(checks, CheckNode::name);
    foreignKeys = Names.sorted(foreignKeys, ForeignKeyNode::name);
    indexes = Names.sorted(indexes, IndexNode::name);
  }

  /** {@code name}, or {@code schema.name} when the schema is set. */
  public String qualifiedName() {
    return Names.qualify(schema, name);
  }
}
