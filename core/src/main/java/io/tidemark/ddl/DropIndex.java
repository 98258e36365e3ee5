package io.tidemark.ddl;

import java.util.Objects;

/**
 * Drops an index of the table's schema, {@code concurrently} outside a transaction;
 * {@code existing} is its definition, {@code null} when recorded without it.
 */
public record DropIndex(
    String table, String name, boolean concurrently, IndexDef existing)
    implements Operation {
  public DropIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    Irreversible.sameName("name", name, existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropIndex(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the definition of the dropped index");
    }
    return new CreateIndex(table, existing);
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
