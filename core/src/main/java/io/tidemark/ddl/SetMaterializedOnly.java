package io.tidemark.ddl;

import java.util.Objects;

/** Changes whether a continuous aggregate reads only materialized rows. */
public record SetMaterializedOnly(String view, boolean materializedOnly) implements Operation {
  public SetMaterializedOnly {
    Objects.requireNonNull(view, "view");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitSetMaterializedOnly(this);
  }

  @Override
  public Operation reverse() {
    return new SetMaterializedOnly(view, !materializedOnly);
  }

  @Override
  public String subject() {
    return view;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
