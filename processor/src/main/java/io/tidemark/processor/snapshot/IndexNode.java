package io.tidemark.processor.snapshot;

import java.util.List;

/**
 * An index. Column entries are normalized ({@code "ts DESC NULLS LAST"}, upper-case keywords,
 * single spaces); {@code where} and {@code using} are {@code null} when absent.
 */
public record IndexNode(
    String name,
    List<String> columns,
    boolean unique,
    String where,
    String using,
    List<String> include) {
  public IndexNode {
    columns = List.copyOf(columns);
    include = List.copyOf(include);
  }
}
