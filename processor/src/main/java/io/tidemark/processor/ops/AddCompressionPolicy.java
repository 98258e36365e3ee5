package io.tidemark.processor.ops;

import java.util.Objects;

/** Adds the policy that compresses chunks older than {@code after}. */
public record AddCompressionPolicy(String table, String after) implements Op {
  public AddCompressionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddCompressionPolicy(this);
  }

  @Override
  public Op reverse() {
    return new RemoveCompressionPolicy(table, after);
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
