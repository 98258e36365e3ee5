package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/** A unique constraint over one or more columns. */
public record UniqueDef(String name, List<String> columns) implements Constraint {
  public UniqueDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
