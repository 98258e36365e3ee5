package io.tidemark.processor.ops;

import java.util.Objects;

/** Removes the compression policy; {@code after} is the interval it had. */
public record RemoveCompressionPolicy(String table, String after) implements Op {
  public RemoveCompressionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRemoveCompressionPolicy(this);
  }

  @Override
  public Op reverse() {
    return new AddCompressionPolicy(table, after);
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
