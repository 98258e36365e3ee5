package io.tidemark.ddl;

import java.util.Objects;

/**
 * Sets a column default, an SQL expression; {@code null} drops it. {@code existing} is the
 * column before, {@code null} when recorded without it.
 */
public record SetDefault(
    String table, String column, String defaultValue, ColumnDef existing)
    implements Operation {
  public SetDefault {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Irreversible.sameName("column", column, existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitSetDefault(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the column's previous default");
    }
    return new SetDefault(
        table, column, existing.defaultValue(), existing.defaultValue(defaultValue));
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
