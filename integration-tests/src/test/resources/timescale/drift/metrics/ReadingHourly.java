package org.example.metrics;

import io.tidemark.annotations.Compression;
import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Refresh;

/** Hourly average per sensor. */
@ContinuousAggregate(
    query = """
        SELECT time_bucket('1 hour', ts) AS bucket, sensor_id, avg(value) AS value
        FROM reading
        GROUP BY 1, 2""",
    refresh = @Refresh(startOffset = "3 days", endOffset = "1 hour", scheduleInterval = "30 minutes"),
    compression = @Compression(segmentBy = "sensor_id"))
public class ReadingHourly {}
