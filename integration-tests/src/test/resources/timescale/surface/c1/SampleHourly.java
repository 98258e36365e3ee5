package org.example.samples;

import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Refresh;

/** Hourly average of each device. */
@ContinuousAggregate(
    query = "SELECT time_bucket(INTERVAL '1 hour', ts) AS bucket, device, avg(value) AS value"
        + " FROM sample GROUP BY 1, 2",
    refresh = @Refresh(startOffset = "3 days", endOffset = "1 hour", scheduleInterval = "1 hour"))
public class SampleHourly {}
