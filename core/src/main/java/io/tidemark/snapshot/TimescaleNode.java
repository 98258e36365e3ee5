package io.tidemark.snapshot;

import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.HypertableDef;
import java.util.Objects;

/**
 * The TimescaleDB settings of a table: its dimensions (never {@code migrate}), its compression
 * with the interval of its policy, and its retention and reorder policies. Intervals are
 * normalized interval literals; {@code null}s (and, in older snapshots, empty strings) mean
 * absent; {@code compression} is {@code null} when off.
 */
public record TimescaleNode(
    HypertableDef dimensions,
    CompressionDef compression,
    String compressAfter,
    String dropAfter,
    String reorderIndex) {
  public TimescaleNode {
    Objects.requireNonNull(dimensions, "dimensions");
  }
}
