package io.tidemark.processor.ops;

import java.util.Objects;

/** Adds the policy that reorders chunks along {@code index}. */
public record AddReorderPolicy(String table, String index) implements Op {
  public AddReorderPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddReorderPolicy(this);
  }

  @Override
  public Op reverse() {
    return new RemoveReorderPolicy(table, index);
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
