package io.tidemark.ddl;

import java.util.Objects;

/**
 * Decompresses every chunk and disables compression; {@code existing} is the settings it had,
 * {@code null} when recorded without them.
 */
public record DisableCompression(String table, CompressionDef existing) implements Operation {
  public DisableCompression {
    Objects.requireNonNull(table, "table");
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
    return new EnableCompression(table, existing);
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
