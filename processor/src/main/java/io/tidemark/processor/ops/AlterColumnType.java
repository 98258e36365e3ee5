package io.tidemark.processor.ops;

import java.util.Objects;

/** Changes a column's type, converting existing values with a {@code column::toType} cast. */
public record AlterColumnType(String table, String column, String fromType, String toType) implements Op {
  public AlterColumnType {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(fromType, "fromType");
    Objects.requireNonNull(toType, "toType");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAlterColumnType(this);
  }

  @Override
  public Op reverse() {
    return new AlterColumnType(table, column, toType, fromType);
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
