package io.tidemark.processor.ops;

import java.util.Objects;

/**
 * Renames a constraint whose definition stays; for a primary key or unique constraint PostgreSQL
 * renames its index with it. {@code table} is the current (new) name.
 */
public record RenameConstraint(String table, String from, String to) implements Op {
  public RenameConstraint {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameConstraint(this);
  }

  @Override
  public Op reverse() {
    return new RenameConstraint(table, to, from);
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
