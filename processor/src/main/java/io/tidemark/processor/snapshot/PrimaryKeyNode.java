package io.tidemark.processor.snapshot;

import java.util.List;

/** A primary key, columns in key order. */
public record PrimaryKeyNode(String name, List<String> columns) {
  public PrimaryKeyNode {
    columns = List.copyOf(columns);
  }
}
