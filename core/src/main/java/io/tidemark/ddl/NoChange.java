package io.tidemark.ddl;

import java.util.Objects;

/**
 * The reverse of an operation that leaves nothing to undo ({@link ValidateConstraint}): it runs
 * no SQL and a revision records nothing for it, so a derived downgrade leaves it out. Its own
 * reverse is that operation again.
 */
public record NoChange(Operation reverseOf) implements Operation {
  public NoChange {
    Objects.requireNonNull(reverseOf, "reverseOf");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitNoChange(this);
  }

  @Override
  public Operation reverse() {
    return reverseOf;
  }

  @Override
  public String subject() {
    return reverseOf.subject();
  }

  @Override
  public boolean localToSubject() {
    return reverseOf.localToSubject();
  }
}
