package io.tidemark.processor.ops;

import java.util.Objects;

/** Removes the retention policy; {@code dropAfter} is the interval it had. */
public record RemoveRetentionPolicy(String table, String dropAfter) implements Op {
  public RemoveRetentionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dropAfter, "dropAfter");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRemoveRetentionPolicy(this);
  }

  @Override
  public Op reverse() {
    return new AddRetentionPolicy(table, dropAfter);
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
