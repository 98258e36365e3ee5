package io.tidemark.ddl;

import java.util.Objects;

/**
 * Changes the chunk interval of chunks created from now on; {@code null} is TimescaleDB's
 * default, {@link #DEFAULT_INTERVAL}. {@code existing} is the hypertable before, {@code null}
 * when recorded without it.
 */
public record SetChunkTimeInterval(
    String table, String interval, HypertableDef existing)
    implements Operation {
  /** TimescaleDB's chunk interval when none is set; integer time columns must set one. */
  public static final String DEFAULT_INTERVAL = "7 days";

  public SetChunkTimeInterval {
    Objects.requireNonNull(table, "table");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitSetChunkTimeInterval(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the previous chunk interval");
    }
    return new SetChunkTimeInterval(
        table, existing.chunkTimeInterval(), existing.chunkTimeInterval(interval));
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
