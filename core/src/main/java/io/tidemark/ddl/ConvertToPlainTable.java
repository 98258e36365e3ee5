package io.tidemark.ddl;

import java.util.Objects;

/**
 * Turns a hypertable back into a plain table with the same rows; {@code existing} is the
 * hypertable it was, {@code null} when recorded without it.
 */
public record ConvertToPlainTable(String table, HypertableDef existing) implements Operation {
  public ConvertToPlainTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitConvertToPlainTable(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the hypertable's dimensions");
    }
    return new CreateHypertable(table, existing);
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
