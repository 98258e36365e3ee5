package io.tidemark.ddl;

import java.util.Objects;

/** Adds the reorder policy. */
public record AddReorderPolicy(String table, String index) implements Operation {
  public AddReorderPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddReorderPolicy(this);
  }

  @Override
  public Operation reverse() {
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
