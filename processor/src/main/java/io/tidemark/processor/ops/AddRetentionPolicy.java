package io.tidemark.processor.ops;

import java.util.Objects;

/** Adds the policy that drops chunks older than {@code dropAfter}. */
public record AddRetentionPolicy(String table, String dropAfter) implements Op {
  public AddRetentionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dropAfter, "dropAfter");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddRetentionPolicy(this);
  }

  @Override
  public Op reverse() {
    return new RemoveRetentionPolicy(table, dropAfter);
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
