package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.time.Instant;

@Table
@Index(columns = {"device", "ts DESC"})
@Hypertable(timeColumn = "ts", chunkTimeInterval = "2d",
    compression = @Compression(segmentBy = "device", orderBy = "ts desc", after = "7 days"))
public class Metric {
  @Column(nullable = false) Instant ts;
  long device;
  double value;
  @Column(defaultValue = "now()") Instant receivedAt;
}
