package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.IndexNode;
import java.util.Objects;

/** Creates an index. */
public record CreateIndex(String table, IndexNode index) implements Op {
  public CreateIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }

  @Override
  public Op reverse() {
    return new DropIndex(table, index);
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
