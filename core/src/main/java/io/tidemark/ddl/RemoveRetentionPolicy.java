package io.tidemark.ddl;

import java.util.Objects;

/**
 * Removes the retention policy; {@code dropAfter} is what it had, {@code null} when recorded
 * without it.
 */
public record RemoveRetentionPolicy(String table, String dropAfter) implements Operation {
  public RemoveRetentionPolicy {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRemoveRetentionPolicy(this);
  }

  @Override
  public Operation reverse() {
    if (dropAfter == null) {
      throw Irreversible.because(this, "the policy's settings");
    }
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
