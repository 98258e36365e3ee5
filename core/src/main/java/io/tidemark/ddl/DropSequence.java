package io.tidemark.ddl;

import java.util.Objects;

/**
 * Drops a standalone sequence; {@code existing} is its definition, {@code null} when recorded
 * without it. A downgrade creates it again at its start, not at the value it had reached.
 */
public record DropSequence(String name, SequenceDef existing) implements Operation {
  public DropSequence {
    Objects.requireNonNull(name, "name");
    Irreversible.sameName("sequence", name, existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropSequence(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the dropped sequence's definition");
    }
    return new CreateSequence(existing);
  }

  @Override
  public String subject() {
    return name;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
