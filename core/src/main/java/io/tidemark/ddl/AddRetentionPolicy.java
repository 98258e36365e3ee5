package io.tidemark.ddl;

import java.util.Objects;

/** Adds the retention policy. */
public record AddRetentionPolicy(String table, String dropAfter) implements Operation {
  public AddRetentionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dropAfter, "dropAfter");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddRetentionPolicy(this);
  }

  @Override
  public Operation reverse() {
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
