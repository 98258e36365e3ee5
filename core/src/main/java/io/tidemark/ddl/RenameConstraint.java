package io.tidemark.ddl;

import java.util.Objects;

/**
 * Renames a constraint; {@code newName} is unqualified. Renaming a primary key or unique
 * constraint renames its index too, as PostgreSQL keeps the two names equal.
 */
public record RenameConstraint(String table, String name, String newName) implements Operation {
  public RenameConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(newName, "newName");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRenameConstraint(this);
  }

  @Override
  public Operation reverse() {
    return new RenameConstraint(table, newName, name);
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
