package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.ForeignKeyNode;
import java.util.Objects;

/** Adds a foreign key; it involves a second table, so it never goes away with its subject. */
public record AddForeignKey(String table, ForeignKeyNode foreignKey) implements Op {
  public AddForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddForeignKey(this);
  }

  @Override
  public Op reverse() {
    return new DropForeignKey(table, foreignKey);
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
