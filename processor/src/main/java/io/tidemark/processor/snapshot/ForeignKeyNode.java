package io.tidemark.processor.snapshot;

import java.util.List;

/**
 * A foreign key. {@code refTable} is the referenced table's qualified name;
 * {@code onDelete}/{@code onUpdate} are upper-case actions, {@code null} for NO ACTION.
 */
public record ForeignKeyNode(
    String name,
    List<String> columns,
    String refTable,
    List<String> refColumns,
    String onDelete,
    String onUpdate) {
  public ForeignKeyNode {
    columns = List.copyOf(columns);
    refColumns = List.copyOf(refColumns);
  }
}
