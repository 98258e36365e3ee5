package io.tidemark.ddl;

import java.util.Objects;

/**
 * Removes the compression policy; {@code compressAfter} is what it had, {@code null} when recorded
 * without it.
 */
public record RemoveCompressionPolicy(String table, String compressAfter) implements Operation {
  public RemoveCompressionPolicy {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRemoveCompressionPolicy(this);
  }

  @Override
  public Operation reverse() {
    if (compressAfter == null) {
      throw Irreversible.because(this, "the policy's settings");
    }
    return new AddCompressionPolicy(table, compressAfter);
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
