package io.tidemark.ddl;

import java.util.Objects;

/**
 * Drops a table; {@code existing} is the {@link CreateTable} that re-creates it, {@code null}
 * when recorded without it.
 */
public record DropTable(String table, CreateTable existing) implements Operation {
  public DropTable {
    Objects.requireNonNull(table, "table");
    Irreversible.sameName("table", table, existing == null ? null : existing.table());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropTable(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the definition of the table");
    }
    return existing;
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
