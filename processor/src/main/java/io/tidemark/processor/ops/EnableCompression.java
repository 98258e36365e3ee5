package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.CompressionNode;
import java.util.Objects;

/** Enables compression with the segmentby and orderby settings of {@code compression}. */
public record EnableCompression(String table, CompressionNode compression) implements Op {
  public EnableCompression {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(compression, "compression");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitEnableCompression(this);
  }

  @Override
  public Op reverse() {
    return new DisableCompression(table, compression);
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
