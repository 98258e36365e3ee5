package io.tidemark.processor.snapshot;

import java.util.List;

/** A unique constraint, columns in constraint order. */
public record UniqueNode(String name, List<String> columns) {
  public UniqueNode {
    columns = List.copyOf(columns);
  }
}
