package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.CheckNode;
import java.util.Objects;

/** Adds a CHECK constraint. */
public record AddCheck(String table, CheckNode check) implements Op {
  public AddCheck {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(check, "check");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddCheck(this);
  }

  @Override
  public Op reverse() {
    return new DropCheck(table, check);
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
