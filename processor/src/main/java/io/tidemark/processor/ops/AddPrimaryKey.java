package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.PrimaryKeyNode;
import java.util.Objects;

/** Adds a primary key. */
public record AddPrimaryKey(String table, PrimaryKeyNode key) implements Op {
  public AddPrimaryKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(key, "key");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddPrimaryKey(this);
  }

  @Override
  public Op reverse() {
    return new DropPrimaryKey(table, key);
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
