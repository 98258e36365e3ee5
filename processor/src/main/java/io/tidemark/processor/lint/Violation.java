package io.tidemark.processor.lint;

import java.util.Objects;

/**
 * One finding of a rule: on {@code table} (its name after the change) and {@code column} (null:
 * the table itself), caused by upgrade op number {@code op} (-1 when no op is generated, as for a
 * pending drop), with a message that says what is wrong and how to fix it. {@code spot} says
 * which annotation of the field or class to point at; null for a table whose class is gone.
 */
record Violation(Rule rule, String table, String column, int op, String message, Spot spot) {
  Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(message, "message");
  }

  /** The field of {@code column} (null: the class) and its annotation and attribute to point at. */
  record Spot(String column, String annotation, String attribute) {}
}
