package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/** A primary key over one or more columns. */
public record PrimaryKeyDef(String name, List<String> columns) implements Constraint {
  public PrimaryKeyDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }
}
