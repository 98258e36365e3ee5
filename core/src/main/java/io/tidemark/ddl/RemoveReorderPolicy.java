package io.tidemark.ddl;

import java.util.Objects;

/**
 * Removes the reorder policy; {@code index} is what it had, {@code null} when recorded without it.
 */
public record RemoveReorderPolicy(String table, String index) implements Operation {
  public RemoveReorderPolicy {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRemoveReorderPolicy(this);
  }

  @Override
  public Operation reverse() {
    if (index == null) {
      throw Irreversible.because(this, "the policy's settings");
    }
    return new AddReorderPolicy(table, index);
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
