package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.IndexNode;
import java.util.Objects;

/** Drops an index. */
public record DropIndex(String table, IndexNode index) implements Op {
  public DropIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropIndex(this);
  }

  @Override
  public Op reverse() {
    return new CreateIndex(table, index);
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
