package io.tidemark.ddl;

import java.util.Objects;

/** Drops ({@code nullable}) or sets NOT NULL. */
public record SetNullable(String table, String column, boolean nullable) implements Operation {
  public SetNullable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitSetNullable(this);
  }

  @Override
  public Operation reverse() {
    return new SetNullable(table, column, !nullable);
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
