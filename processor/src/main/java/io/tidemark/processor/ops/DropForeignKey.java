package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.ForeignKeyNode;
import java.util.Objects;

/** Drops a foreign key; kept even before a drop of its table, since it may hold another table. */
public record DropForeignKey(String table, ForeignKeyNode foreignKey) implements Op {
  public DropForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropForeignKey(this);
  }

  @Override
  public Op reverse() {
    return new AddForeignKey(table, foreignKey);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
