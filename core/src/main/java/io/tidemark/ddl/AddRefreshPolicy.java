package io.tidemark.ddl;

import java.util.Objects;

/** Adds the continuous aggregate refresh policy. */
public record AddRefreshPolicy(String view, RefreshDef refresh) implements Operation {
  public AddRefreshPolicy {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(refresh, "refresh");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddRefreshPolicy(this);
  }

  @Override
  public Operation reverse() {
    return new RemoveRefreshPolicy(view, refresh);
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
