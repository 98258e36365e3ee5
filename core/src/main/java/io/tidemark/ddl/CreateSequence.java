package io.tidemark.ddl;

import java.util.Objects;

/** Creates a standalone sequence, with its owner when the definition has one. */
public record CreateSequence(SequenceDef sequence) implements Operation {
  public CreateSequence {
    Objects.requireNonNull(sequence, "sequence");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateSequence(this);
  }

  @Override
  public Operation reverse() {
    return new DropSequence(sequence.name(), sequence);
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
