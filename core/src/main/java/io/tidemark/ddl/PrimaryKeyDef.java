package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * A primary key over one or more columns; {@code index} names a unique index over them, built
 * before (concurrently), that the key takes over instead of building its own, or is
 * {@code null}.
 */
public record PrimaryKeyDef(String name, List<String> columns, String index)
    implements Constraint {
  public PrimaryKeyDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  /** A primary key that builds its own index. */
  public PrimaryKeyDef(String name, List<String> columns) {
    this(name, columns, null);
  }

  /**
   * Takes over the existing unique index {@code index} ({@code ADD CONSTRAINT ... USING INDEX});
   * its columns must be NOT NULL already, or PostgreSQL scans the table to set them.
   */
  public PrimaryKeyDef usingIndex(String index) {
    return new PrimaryKeyDef(name, columns, Objects.requireNonNull(index, "index"));
  }
}
