package io.tidemark.ddl;

import java.util.Objects;

/**
 * Creates a view, or a materialized view filled now ({@code withData}) or at its first
 * {@code REFRESH}; a plain view ignores {@code withData}.
 */
public record CreateView(String view, String query, boolean materialized, boolean withData)
    implements Operation {
  public CreateView {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(query, "query");
    if (!materialized && !withData) {
      throw new IllegalArgumentException("view " + view + " is a plain view, which has no data to"
          + " leave out: WITH NO DATA is for materialized views only");
    }
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateView(this);
  }

  @Override
  public Operation reverse() {
    return new DropView(view, materialized, this);
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
