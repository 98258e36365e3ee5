package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.TableNode;
import java.util.Objects;

/** Creates a table with its columns, primary key, unique and check constraints; foreign keys,
 * indexes and TimescaleDB settings are separate ops, so {@code table} holds none of them. */
public record CreateTable(TableNode table) implements Op {
  public CreateTable {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateTable(this);
  }

  @Override
  public Op reverse() {
    return new DropTable(table);
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
