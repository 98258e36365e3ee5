package io.tidemark.ddl;

import java.util.Objects;

/**
 * Decompresses every chunk and disables compression; {@code existing} is the settings it had,
 * {@code null} when recorded without them; {@code aggregate} and {@code columnstore} as for
 * {@link EnableCompression}.
 */
public record DisableCompression(String table, CompressionDef existing, boolean aggregate,
    boolean columnstore) implements Operation {
  public DisableCompression {
    Objects.requireNonNull(table, "table");
  }

  /** On a hypertable, under the legacy names. */
  public DisableCompression(String table, CompressionDef existing) {
    this(table, existing, false, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDisableCompression(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the compression settings");
    }
    return new EnableCompression(table, existing, aggregate, columnstore);
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
