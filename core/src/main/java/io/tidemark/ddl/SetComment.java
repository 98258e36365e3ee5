package io.tidemark.ddl;

import java.util.Objects;

/**
 * Sets the {@code COMMENT ON TABLE} of {@code table}, or the {@code COMMENT ON COLUMN} of its
 * {@code column} when that is not {@code null}; a {@code null} comment removes it. When
 * {@code knowsPrevious}, {@code previous} is the comment before ({@code null}: none), which the
 * reverse sets back.
 */
public record SetComment(String table, String column, String comment, String previous,
    boolean knowsPrevious) implements Operation {
  public SetComment {
    Objects.requireNonNull(table, "table");
    if (!knowsPrevious && previous != null) {
      throw new IllegalArgumentException("the previous comment of " + table
          + (column == null ? "" : "." + column) + " is given but not marked as known");
    }
  }

  /** A comment recorded without the one before, as a revision's {@code Operations} records it. */
  public SetComment(String table, String column, String comment) {
    this(table, column, comment, null, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitSetComment(this);
  }

  @Override
  public Operation reverse() {
    if (!knowsPrevious) {
      throw Irreversible.because(this, "the previous comment");
    }
    return new SetComment(table, column, previous, comment, true);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
