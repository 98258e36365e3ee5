package io.tidemark.ddl;

import java.util.Objects;

/**
 * Turns a table into a TimescaleDB hypertable; compression and policies are operations of
 * their own.
 */
public record CreateHypertable(String table, HypertableDef hypertable) implements Operation {
  public CreateHypertable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(hypertable, "hypertable");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateHypertable(this);
  }

  @Override
  public Operation reverse() {
    return new ConvertToPlainTable(table, hypertable);
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
