package org.example.samples;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** A device's reading, compressed under the columnstore names after a week. */
@Table
@Hypertable(timeColumn = "ts", chunkTimeInterval = "1 day",
    compression = @Compression(segmentBy = "device", orderBy = "ts DESC", after = "7 days"))
public class Sample {
  @Column(nullable = false) Instant ts;

  @Column(nullable = false) int device;

  double value;
}
