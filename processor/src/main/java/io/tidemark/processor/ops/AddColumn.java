package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.ColumnNode;
import java.util.Objects;

/** Adds a column. */
public record AddColumn(String table, ColumnNode column) implements Op {
  public AddColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddColumn(this);
  }

  @Override
  public Op reverse() {
    return new DropColumn(table, column);
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
