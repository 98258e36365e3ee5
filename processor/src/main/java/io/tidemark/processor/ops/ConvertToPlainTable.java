package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.HypertableNode;
import java.util.Objects;

/** Turns a hypertable back into a plain table with the same rows; the fields say how
 * {@link CreateHypertable} recreates it. */
public record ConvertToPlainTable(String table, HypertableNode hypertable, boolean migrateData) implements Op {
  public ConvertToPlainTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(hypertable, "hypertable");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitConvertToPlainTable(this);
  }

  @Override
  public Op reverse() {
    return new CreateHypertable(table, hypertable, migrateData);
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
