package io.tidemark.processor.ops;

import java.util.Objects;

/** Renames a column, keeping its values. */
public record RenameColumn(String table, String from, String to) implements Op {
  public RenameColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitRenameColumn(this);
  }

  @Override
  public Op reverse() {
    return new RenameColumn(table, to, from);
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
