package io.tidemark.ddl;

import java.util.Objects;

/** Drops a column; {@code existing} is its definition, {@code null} when recorded without it. */
public record DropColumn(String table, String column, ColumnDef existing) implements Operation {
  public DropColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Irreversible.sameName("column", column, existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropColumn(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the definition of the dropped column");
    }
    return new AddColumn(table, existing);
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
