package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.TableNode;
import java.util.Objects;

/** Drops a table; {@code table} is what {@link CreateTable} needs to recreate it. */
public record DropTable(TableNode table) implements Op {
  public DropTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropTable(this);
  }

  @Override
  public Op reverse() {
    return new CreateTable(table);
  }

  @Override
  public String subject() {
    return table.qualifiedName();
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
