package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.CheckNode;
import java.util.Objects;

/** Drops a CHECK constraint. */
public record DropCheck(String table, CheckNode check) implements Op {
  public DropCheck {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(check, "check");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropCheck(this);
  }

  @Override
  public Op reverse() {
    return new AddCheck(table, check);
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
