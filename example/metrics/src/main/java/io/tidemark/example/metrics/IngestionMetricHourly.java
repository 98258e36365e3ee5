package io.tidemark.example.metrics;

import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Refresh;

/**
 * Hourly throughput per ingestion, kept up to date by TimescaleDB from
 * {@code ingestion_metrics}: the dashboard reads this instead of scanning raw measurements.
 */
@ContinuousAggregate(name = "ingestion_metrics_hourly",
    query = """
        SELECT time_bucket('1 hour', ts) AS bucket,
               ingestion_id,
               sum(rows_loaded) AS rows_loaded,
               sum(bytes_read) AS bytes_read,
               max(duration_seconds) AS max_duration_seconds
        FROM ingestion_metrics
        GROUP BY bucket, ingestion_id
        """,
    refresh = @Refresh(startOffset = "3 days", endOffset = "1 hour", scheduleInterval = "30 minutes"))
public final class IngestionMetricHourly {
  private IngestionMetricHourly() {}
}
