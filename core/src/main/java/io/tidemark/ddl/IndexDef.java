package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * An index. Column entries may carry a direction and null order ({@code "ts DESC NULLS LAST"});
 * {@code where} and {@code using} are {@code null} when absent.
 */
public record IndexDef(
    String name,
    List<String> columns,
    boolean uniqueIndex,
    String where,
    String using,
    List<String> include,
    boolean concurrent) {
  public IndexDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    include = List.copyOf(include);
  }

  public IndexDef unique() {
    return new IndexDef(name, columns, true, where, using, include, concurrent);
  }

  public IndexDef where(String predicate) {
    return new IndexDef(name, columns, uniqueIndex, predicate, using, include, concurrent);
  }

  public IndexDef using(String method) {
    return new IndexDef(name, columns, uniqueIndex, where, method, include, concurrent);
  }

  public IndexDef include(String... columns) {
    return new IndexDef(
        name, this.columns, uniqueIndex, where, using, List.of(columns), concurrent);
  }

  /** Builds the index without locking writes; runs outside a transaction. */
  public IndexDef concurrently() {
    return new IndexDef(name, columns, uniqueIndex, where, using, include, true);
  }
}
