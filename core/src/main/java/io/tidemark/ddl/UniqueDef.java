package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint over one or more columns; {@code index} names a unique index over them,
 * built before (concurrently), that the constraint takes over instead of building its own, or
 * is {@code null}. With {@code equalNulls} ({@code NULLS NOT DISTINCT}, PostgreSQL 15+) nulls
 * count as equal, so the columns admit one row of nulls.
 */
public record UniqueDef(String name, List<String> columns, String index, boolean equalNulls)
    implements Constraint {
  public UniqueDef {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
  }

  /** A unique constraint whose nulls are distinct, as PostgreSQL's default. */
  public UniqueDef(String name, List<String> columns, String index) {
    this(name, columns, index, false);
  }

  /** A unique constraint that builds its own index. */
  public UniqueDef(String name, List<String> columns) {
    this(name, columns, null);
  }

  /** Treats nulls as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15+). */
  public UniqueDef nullsNotDistinct() {
    return new UniqueDef(name, columns, index, true);
  }

  /**
   * Takes over the existing unique index {@code index} ({@code ADD CONSTRAINT ... USING INDEX}),
   * which PostgreSQL renames to the constraint's name.
   */
  public UniqueDef usingIndex(String index) {
    return new UniqueDef(name, columns, Objects.requireNonNull(index, "index"), equalNulls);
  }
}
