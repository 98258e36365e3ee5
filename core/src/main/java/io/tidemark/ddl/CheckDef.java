package io.tidemark.ddl;

import java.util.Objects;

/** A CHECK constraint with its boolean SQL expression as written. */
public record CheckDef(String name, String expression) implements Constraint {
  public CheckDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }
}
