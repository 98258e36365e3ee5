package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.RefreshNode;
import java.util.Objects;

/** Removes a continuous aggregate's refresh policy; {@code refresh} is what it had. */
public record RemoveRefreshPolicy(String view, RefreshNode refresh) implements Op {
  public RemoveRefreshPolicy {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(refresh, "refresh");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRemoveRefreshPolicy(this);
  }

  @Override
  public Op reverse() {
    return new AddRefreshPolicy(view, refresh);
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
