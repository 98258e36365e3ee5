package io.tidemark.processor.ops;

import java.util.Objects;

/** Removes the reorder policy; {@code index} is the index it used. */
public record RemoveReorderPolicy(String table, String index) implements Op {
  public RemoveReorderPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRemoveReorderPolicy(this);
  }

  @Override
  public Op reverse() {
    return new AddReorderPolicy(table, index);
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
