package io.tidemark.ddl;

import java.util.Objects;

/**
 * Validates a constraint added {@code NOT VALID}: scans the existing rows under a lock that lets
 * reads and writes through, on its own, outside the revision's transaction. Validating leaves
 * nothing to undo, so its reverse is a {@link NoChange}.
 */
public record ValidateConstraint(String table, String name) implements Operation {
  public ValidateConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitValidateConstraint(this);
  }

  @Override
  public Operation reverse() {
    return new NoChange(this);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
