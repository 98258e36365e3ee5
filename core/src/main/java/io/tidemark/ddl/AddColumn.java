package io.tidemark.ddl;

import java.util.Objects;

/** Adds a column. */
public record AddColumn(String table, ColumnDef column) implements Operation {
  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddColumn(this);
  }

  @Override
  public Operation reverse() {
    return new DropColumn(table, column.name(), column);
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
