package io.tidemark.ddl;

import java.util.Objects;

/**
 * Removes the continuous aggregate refresh policy; {@code refresh} is what it had, {@code null}
 * when recorded without it.
 */
public record RemoveRefreshPolicy(String view, RefreshDef refresh) implements Operation {
  public RemoveRefreshPolicy {
    Objects.requireNonNull(view, "view");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRemoveRefreshPolicy(this);
  }

  @Override
  public Operation reverse() {
    if (refresh == null) {
      throw Irreversible.because(this, "the policy's settings");
    }
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
