package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;
import java.time.Instant;

@Table
@Hypertable(timeColumn = "nope")
class MissingTime {
  Instant ts;
}

@Table
@Hypertable(timeColumn = "label")
class TextTime {
  String label;
}

@Table
@Hypertable(timeColumn = "ts", chunkTimeInterval = "1d")
class NullableTime {
  Instant ts;
}

@Table
@Hypertable(timeColumn = "ts", partitionColumn = "device", partitions = 2)
@Unique(columns = {"device", "ts"})
@Unique(name = "only_ts", columns = "ts")
class KeyWithoutTime {
  @Id long id;
  @Column(nullable = false) Instant ts;
  long device;
}

@Table
@Hypertable(
    timeColumn = "ts",
    compression = @Compression(segmentBy = {"device", "nope_segment"}, orderBy = {"nope_order DESC", "ts upward"}))
class BadCompression {
  @Column(nullable = false) Instant ts;
  long device;
}

@Table
@Index(name = "by_ts", columns = "ts DESC")
@Hypertable(timeColumn = "ts", reorderIndex = "nope_idx")
class BadReorder {
  @Column(nullable = false) Instant ts;
}

@Table
@Hypertable(timeColumn = "ts", chunkTimeInterval = "2 fortnights", dropAfter = "0 days",
    compression = @Compression(after = "soon"))
class BadIntervals {
  @Column(nullable = false) Instant ts;
}

@Table
@Hypertable(timeColumn = "ts", partitions = 4)
class PartitionsOnly {
  @Column(nullable = false) Instant ts;
  long device;
}

@Table
@Hypertable(timeColumn = "ts", partitionColumn = "nope_partition", partitions = 2)
class MissingPartition {
  @Column(nullable = false) Instant ts;
}

@Table
@Hypertable(timeColumn = "tick", chunkTimeInterval = "1 day")
class IntegerTime {
  long tick;
}

@Table
@Hypertable(timeColumn = "seq")
class IntegerTimeWithoutChunk {
  long seq;
}

@Table
@Hypertable(timeColumn = "ts")
@Index(columns = "ts", using = "brin")
class BrinOnTime {
  @Column(nullable = false) Instant ts;
  double reading;
}
