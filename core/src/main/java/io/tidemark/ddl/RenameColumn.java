package io.tidemark.ddl;

import java.util.Objects;

/** Renames a column, keeping its values. */
public record RenameColumn(String table, String column, String newName) implements Operation {
  public RenameColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(newName, "newName");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRenameColumn(this);
  }

  @Override
  public Operation reverse() {
    return new RenameColumn(table, newName, column);
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
