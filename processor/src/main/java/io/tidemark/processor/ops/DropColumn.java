package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.ColumnNode;
import java.util.Objects;

/** Drops a column; {@code column} is what {@link AddColumn} needs to recreate it. */
public record DropColumn(String table, ColumnNode column) implements Op {
  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropColumn(this);
  }

  @Override
  public Op reverse() {
    return new AddColumn(table, column);
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
