package io.tidemark.ddl;

import java.util.Objects;

/** Enables compression with its settings. */
public record EnableCompression(String table, CompressionDef compression) implements Operation {
  public EnableCompression {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(compression, "compression");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitEnableCompression(this);
  }

  @Override
  public Operation reverse() {
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
