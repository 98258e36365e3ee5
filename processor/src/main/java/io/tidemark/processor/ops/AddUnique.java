package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.UniqueNode;
import java.util.Objects;

/** Adds a unique constraint. */
public record AddUnique(String table, UniqueNode unique) implements Op {
  public AddUnique {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(unique, "unique");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddUnique(this);
  }

  @Override
  public Op reverse() {
    return new DropUnique(table, unique);
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
