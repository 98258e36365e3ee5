package io.tidemark.processor.ops;

import java.util.Objects;

/** Changes a column default from {@code from} to {@code to}; {@code null} means no default. */
public record SetDefault(String table, String column, String from, String to) implements Op {
  public SetDefault {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitSetDefault(this);
  }

  @Override
  public Op reverse() {
    return new SetDefault(table, column, to, from);
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
