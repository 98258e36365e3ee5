package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Dimension;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Table;
import java.time.Instant;

@Table
@Hypertable(timeColumn = "ts", dimensions = @Dimension(column = "nope", partitions = 2))
class UnknownDimension {
  @Column(nullable = false) Instant ts;
}

@Table
@Hypertable(timeColumn = "ts",
    dimensions = @Dimension(column = "device", partitions = 2, interval = "1 day"))
class BothKinds {
  @Column(nullable = false) Instant ts;
  int device;
}

@Table
@Hypertable(timeColumn = "ts", dimensions = @Dimension(column = "ts", interval = "1 day"))
class TimeAgain {
  @Column(nullable = false) Instant ts;
}
