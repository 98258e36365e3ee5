package io.tidemark.processor.ops;

import java.util.Objects;

/** Renames an index whose definition stays; {@code table} is the current (new) name. */
public record RenameIndex(String table, String from, String to) implements Op {
  public RenameIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameIndex(this);
  }

  @Override
  public Op reverse() {
    return new RenameIndex(table, to, from);
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
