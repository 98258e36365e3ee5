package io.tidemark.ddl;

import java.util.Objects;

/** Creates an index. */
public record CreateIndex(String table, IndexDef index) implements Operation {
  public CreateIndex {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(index, "index");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateIndex(this);
  }

  @Override
  public Operation reverse() {
    return new DropIndex(table, index.name(), index.concurrent(), index);
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
