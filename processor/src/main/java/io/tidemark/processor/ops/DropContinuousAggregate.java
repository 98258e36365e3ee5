package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.AggregateNode;
import java.util.Objects;

/** Drops a continuous aggregate and its materialized rows. */
public record DropContinuousAggregate(AggregateNode aggregate) implements Op {
  public DropContinuousAggregate {
    Objects.requireNonNull(aggregate, "aggregate");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropContinuousAggregate(this);
  }

  @Override
  public Op reverse() {
    return new CreateContinuousAggregate(aggregate);
  }

  @Override
  public String subject() {
    return aggregate.qualifiedName();
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
