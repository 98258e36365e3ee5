package io.tidemark.ddl;

import java.util.Objects;

/**
 * Drops a continuous aggregate and its rows; {@code existing} is the
 * {@link CreateContinuousAggregate} that re-creates it, {@code null} when recorded without it.
 */
public record DropContinuousAggregate(
    String view, CreateContinuousAggregate existing)
    implements Operation {
  public DropContinuousAggregate {
    Objects.requireNonNull(view, "view");
    Irreversible.sameName("view", view, existing == null ? null : existing.view());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropContinuousAggregate(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the aggregate's query");
    }
    return existing;
  }

  @Override
  public String subject() {
    return view;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
