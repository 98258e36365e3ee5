package io.tidemark.ddl;

import java.util.Objects;

/**
 * Makes an identity column a plain one, keeping its values and its NOT NULL; {@code existing}
 * is the identity it had, {@code null} when recorded without it.
 */
public record DropIdentity(String table, String column, IdentityDef existing)
    implements Operation {
  public DropIdentity {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropIdentity(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the column's identity");
    }
    return new AddIdentity(table, column, existing);
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
