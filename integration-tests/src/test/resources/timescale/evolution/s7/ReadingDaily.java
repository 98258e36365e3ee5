package org.example.metrics;

import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Refresh;

/** Daily average and peak hegemony score of each AS. */
@ContinuousAggregate(
    query = """
        SELECT time_bucket(INTERVAL '1 day', timebin) AS day, asn_id, avg(hege) AS hege,
               max(hege) AS hege_max
        FROM reading
        GROUP BY time_bucket(INTERVAL '1 day', timebin), asn_id""",
    refresh = @Refresh(startOffset = "30 days", endOffset = "1 day", scheduleInterval = "1 hour"))
public class ReadingDaily {}
