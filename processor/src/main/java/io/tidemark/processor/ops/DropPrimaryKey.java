package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.PrimaryKeyNode;
import java.util.Objects;

/** Drops a primary key. */
public record DropPrimaryKey(String table, PrimaryKeyNode key) implements Op {
  public DropPrimaryKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropPrimaryKey(this);
  }

  @Override
  public Op reverse() {
    return new AddPrimaryKey(table, key);
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
