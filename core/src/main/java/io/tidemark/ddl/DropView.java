package io.tidemark.ddl;

import java.util.Objects;

/**
 * Drops a view or a materialized view; {@code existing} is the {@link CreateView} that
 * re-creates it, {@code null} when recorded without it.
 */
public record DropView(String view, boolean materialized, CreateView existing)
    implements Operation {
  public DropView {
    Objects.requireNonNull(view, "view");
    Irreversible.sameName("view", view, existing == null ? null : existing.view());
    if (existing != null && existing.materialized() != materialized) {
      throw new IllegalArgumentException("view " + view + " is dropped as a "
          + (materialized ? "materialized" : "plain") + " view but re-created as the other kind");
    }
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropView(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the view's query");
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
