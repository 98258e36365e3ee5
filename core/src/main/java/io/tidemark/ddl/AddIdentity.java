package io.tidemark.ddl;

import java.util.Objects;

/**
 * Makes an existing NOT NULL column an identity column; its sequence continues after the
 * column's largest value, so rows already there keep their values and new ones do not collide.
 */
public record AddIdentity(String table, String column, IdentityDef identity)
    implements Operation {
  public AddIdentity {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(identity, "identity");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddIdentity(this);
  }

  @Override
  public Operation reverse() {
    return new DropIdentity(table, column, identity);
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
