package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.RefreshNode;
import java.util.Objects;

/** Adds a continuous aggregate's refresh policy. */
public record AddRefreshPolicy(String view, RefreshNode refresh) implements Op {
  public AddRefreshPolicy {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(refresh, "refresh");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitAddRefreshPolicy(this);
  }

  @Override
  public Op reverse() {
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
