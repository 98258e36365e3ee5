package app;

import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Refresh;

@ContinuousAggregate(
    query = "SELECT time_bucket('1 hour', ts) AS hour, device, avg(value) FROM metric GROUP BY 1, 2",
    refresh = @Refresh(startOffset = "3 days", endOffset = "1 hour", scheduleInterval = "1h"))
public class HourlyMetric {}
