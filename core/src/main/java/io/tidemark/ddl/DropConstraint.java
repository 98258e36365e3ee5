package io.tidemark.ddl;

import java.util.Objects;

/**
 * Drops a named constraint; {@code existing} is its definition, {@code null} when recorded
 * without it. A foreign key, or a constraint of unknown kind, may involve a second table,
 * so it is not local to its subject.
 */
public record DropConstraint(String table, String name, Constraint existing) implements Operation {
  public DropConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(name, "name");
    Irreversible.sameName("name", name, existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropConstraint(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the definition of the dropped constraint");
    }
    return new AddConstraint(table, existing);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return existing != null && !(existing instanceof ForeignKeyDef);
  }
}
