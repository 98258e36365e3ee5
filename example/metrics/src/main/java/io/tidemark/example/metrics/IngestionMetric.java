package io.tidemark.example.metrics;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.time.Instant;

/**
 * One measurement of an ingestion run, written every few seconds while it loads: a
 * TimescaleDB hypertable in one-day chunks, compressed per ingestion after three days and
 * dropped after ninety.
 */
@Table(name = "ingestion_metrics")
@Hypertable(timeColumn = "ts", chunkTimeInterval = "1 day", dropAfter = "90 days",
    compression = @Compression(segmentBy = "ingestion_id", orderBy = "ts DESC", after = "3 days"))
@Index(columns = {"ingestion_id", "ts DESC"})
public record IngestionMetric(
    @Column(nullable = false) Instant ts,
    @Column(nullable = false) String ingestionId,
    long rowsLoaded,
    long bytesRead,
    double durationSeconds) {}
