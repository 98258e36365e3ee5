package io.tidemark.ddl;

import java.util.Objects;

/**
 * Sets every option and the owner of a standalone sequence to those of {@code sequence}; it goes
 * on from its current value (a new {@code start} only matters to a later restart).
 * {@code existing} is the sequence before, {@code null} when recorded without it.
 */
public record AlterSequence(SequenceDef sequence, SequenceDef existing) implements Operation {
  public AlterSequence {
    Objects.requireNonNull(sequence, "sequence");
    Irreversible.sameName("sequence", sequence.name(),
        existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAlterSequence(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the sequence's previous definition");
    }
    return new AlterSequence(existing, sequence);
  }

  @Override
  public String subject() {
    return sequence.name();
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
