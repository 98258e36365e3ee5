package io.tidemark.processor.ops;

import java.util.Objects;

/** Renames a table within its schema; both names are qualified. */
public record RenameTable(String from, String to) implements Op {
  public RenameTable {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameTable(this);
  }

  @Override
  public Op reverse() {
    return new RenameTable(to, from);
  }

  @Override
  public String subject() {
    return from;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
