package io.tidemark.ddl;

import java.util.Objects;

/** Renames a table within its schema; {@code newName} is unqualified. */
public record RenameTable(String table, String newName) implements Operation {
  public RenameTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(newName, "newName");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRenameTable(this);
  }

  @Override
  public Operation reverse() {
    return new RenameTable(renamed(), table.substring(table.indexOf('.') + 1));
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }

  /** The qualified name the table has after the rename. */
  public String renamed() {
    return table.substring(0, table.indexOf('.') + 1) + newName;
  }
}
