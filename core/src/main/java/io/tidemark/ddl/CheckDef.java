package io.tidemark.ddl;

import java.util.Objects;

/**
 * A CHECK constraint with its boolean SQL expression as written; {@code validated} is false for
 * one added {@code NOT VALID}: it checks new rows at once, existing rows only when a
 * {@link ValidateConstraint} runs.
 */
public record CheckDef(String name, String expression, boolean validated) implements Constraint {
  public CheckDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }

  /** A check that validates the existing rows as it is added. */
  public CheckDef(String name, String expression) {
    this(name, expression, true);
  }

  /** Added without scanning the existing rows; validate it with a {@link ValidateConstraint}. */
  public CheckDef notValid() {
    return new CheckDef(name, expression, false);
  }
}
