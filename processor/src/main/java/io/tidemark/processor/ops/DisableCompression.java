package io.tidemark.processor.ops;

import io.tidemark.processor.snapshot.CompressionNode;
import java.util.Objects;

/** Decompresses every chunk and disables compression; {@code compression} is what it had. */
public record DisableCompression(String table, CompressionNode compression) implements Op {
  public DisableCompression {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(compression, "compression");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDisableCompression(this);
  }

  @Override
  public Op reverse() {
    return new EnableCompression(table, compression);
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
