package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.AggregateNode;
import java.util.Objects;

/** Creates a continuous aggregate WITH NO DATA; its refresh policy is a separate op. */
public record CreateContinuousAggregate(AggregateNode aggregate) implements Op {
  public CreateContinuousAggregate {
    Objects.requireNonNull(aggregate, "aggregate");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateContinuousAggregate(this);
  }

  @Override
  public Op reverse() {
    return new DropContinuousAggregate(aggregate);
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
