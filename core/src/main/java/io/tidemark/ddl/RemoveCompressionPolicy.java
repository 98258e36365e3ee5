package io.tidemark.ddl;

import java.util.Objects;

/**
 * Removes the compression policy; {@code compressAfter} is what it had, {@code null} when recorded
 * without it; {@code columnstore} as for {@link AddCompressionPolicy}.
 */
public record RemoveCompressionPolicy(String table, String compressAfter, boolean columnstore)
    implements Operation {
  public RemoveCompressionPolicy {
    Objects.requireNonNull(table, "table");
  }

  /** Under the legacy name. */
  public RemoveCompressionPolicy(String table, String compressAfter) {
    this(table, compressAfter, false);
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
    return new AddCompressionPolicy(table, compressAfter, columnstore);
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
