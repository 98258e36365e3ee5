package io.tidemark.ddl;

import java.util.Objects;

/** Creates a continuous aggregate WITH NO DATA; its refresh policy is an operation of its own. */
public record CreateContinuousAggregate(
    String view, String query, boolean materializedOnly)
    implements Operation {
  public CreateContinuousAggregate {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(query, "query");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateContinuousAggregate(this);
  }

  @Override
  public Operation reverse() {
    return new DropContinuousAggregate(view, this);
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
