package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.UniqueNode;
import java.util.Objects;

/** Drops a unique constraint. */
public record DropUnique(String table, UniqueNode unique) implements Op {
  public DropUnique {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(unique, "unique");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropUnique(this);
  }

  @Override
  public Op reverse() {
    return new AddUnique(table, unique);
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
