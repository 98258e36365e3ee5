package org.example.metrics;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** A sensor reading in a compressed hypertable with retention and reorder policies. */
@Table
@Index(columns = {"sensor_id", "ts DESC"})
@Hypertable(timeColumn = "ts", chunkTimeInterval = "1 day",
    compression = @Compression(segmentBy = "sensor_id", orderBy = "ts DESC", after = "7 days"),
    dropAfter = "90 days", reorderIndex = "reading_sensor_id_ts_idx")
public class Reading {
  @Column(nullable = false) Instant ts;

  @Column(nullable = false) String sensorId;

  double value;
}
