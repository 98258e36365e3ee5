package org.example.samples;

import io.tidemark.annotations.Compression;
import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Refresh;

/** Daily maximum of the hourly averages: an aggregate on an aggregate, itself compressed. */
@ContinuousAggregate(
    query = "SELECT time_bucket(INTERVAL '1 day', bucket) AS day, device, max(value) AS value"
        + " FROM sample_hourly GROUP BY 1, 2",
    refresh = @Refresh(startOffset = "30 days", endOffset = "1 day", scheduleInterval = "1 day"),
    compression = @Compression(segmentBy = "device", after = "60 days"))
public class SampleDaily {}
