package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.HypertableNode;
import java.util.Objects;

/** Makes a table a hypertable with the dimensions of {@code hypertable} (compression and policies
 * are separate ops); {@code migrateData} converts a table that already holds rows. */
public record CreateHypertable(String table, HypertableNode hypertable, boolean migrateData) implements Op {
  public CreateHypertable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(hypertable, "hypertable");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateHypertable(this);
  }

  @Override
  public Op reverse() {
    return new ConvertToPlainTable(table, hypertable, migrateData);
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
