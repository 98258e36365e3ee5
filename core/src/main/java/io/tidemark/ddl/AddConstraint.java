package io.tidemark.ddl;

import java.util.Objects;

/**
 * Adds a named constraint. A foreign key involves a second table, so it is not local to its
 * subject.
 */
public record AddConstraint(String table, Constraint constraint) implements Operation {
  public AddConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(constraint, "constraint");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddConstraint(this);
  }

  @Override
  public Operation reverse() {
    return new DropConstraint(table, constraint.name(), constraint);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return !(constraint instanceof ForeignKeyDef);
  }
}
