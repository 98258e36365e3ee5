package io.tidemark.ddl;

import java.util.Objects;

/**
 * Enables compression with its settings, on a hypertable or (with {@code aggregate}) a
 * continuous aggregate, under the legacy compression names or (with {@code columnstore}) the
 * columnstore names of TimescaleDB 2.18+.
 */
public record EnableCompression(String table, CompressionDef compression, boolean aggregate,
    boolean columnstore) implements Operation {
  public EnableCompression {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(compression, "compression");
  }

  /** On a hypertable, under the legacy names. */
  public EnableCompression(String table, CompressionDef compression) {
    this(table, compression, false, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitEnableCompression(this);
  }

  @Override
  public Operation reverse() {
    return new DisableCompression(table, compression, aggregate, columnstore);
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
