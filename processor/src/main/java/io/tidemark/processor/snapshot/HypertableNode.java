package io.tidemark.processor.snapshot;

/**
 * TimescaleDB settings of a table. Intervals are normalized interval literals;
 * empty strings and {@code null}s mean absent; {@code compression} is {@code null} when off.
 */
public record HypertableNode(
    String timeColumn,
    String chunkTimeInterval,
    String partitionColumn,
    int partitions,
    CompressionNode compression,
    String dropAfter,
    String reorderIndex) {}
