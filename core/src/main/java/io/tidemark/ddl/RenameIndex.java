package io.tidemark.ddl;

import java.util.Objects;

/**
 * Renames an index of the table's schema; {@code newName} is unqualified. Renaming the index of
 * a primary key or unique constraint renames the constraint too.
 */
public record RenameIndex(String table, String name, String newName) implements Operation {
  public RenameIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(newName, "newName");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRenameIndex(this);
  }

  @Override
  public Operation reverse() {
    return new RenameIndex(table, newName, name);
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
