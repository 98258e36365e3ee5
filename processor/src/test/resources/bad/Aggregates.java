package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.ContinuousAggregate;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Refresh;
import io.tidemark.annotations.Table;
import java.time.Instant;

@Table
@Hypertable(timeColumn = "ts")
class Reading {
  @Column(nullable = false) Instant ts;
  double value;
}

@Table
class Plain {
  @Id long id;
}

@ContinuousAggregate(query = "SELECT time_bucket('1 hour', ts) AS hour, avg(id) FROM plain GROUP BY 1")
class FromPlain {}

@ContinuousAggregate(
    query = "SELECT time_bucket('1 hour', ts) AS hour, avg(value) FROM reading GROUP BY 1",
    refresh = @Refresh(startOffset = "3 dayz", scheduleInterval = "1 hour"))
class BadRefresh {}

@Table
@ContinuousAggregate(query = "SELECT 1 FROM reading")
class Both {
  @Id long id;
}

@Hypertable(timeColumn = "ts", dropAfter = "30 days")
class HypertableOnly {
  Instant ts;
}

@ContinuousAggregate(
    query = "SELECT time_bucket('1 hour', ts) AS hour, avg(value) FROM reading GROUP BY 1",
    compression = @Compression(orderBy = "hour upward", after = "2 weekz"))
class BadCompression {}
