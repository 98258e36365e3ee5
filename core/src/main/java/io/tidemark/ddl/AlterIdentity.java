package io.tidemark.ddl;

import java.util.Objects;

/**
 * Changes an identity column's generation and sequence options in place; the sequence goes on
 * from its current value (a new {@code start} only matters to a later restart).
 * {@code existing} is the identity before, {@code null} when recorded without it.
 */
public record AlterIdentity(
    String table, String column, IdentityDef identity, IdentityDef existing)
    implements Operation {
  public AlterIdentity {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(identity, "identity");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAlterIdentity(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the column's previous identity");
    }
    return new AlterIdentity(table, column, existing, identity);
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
