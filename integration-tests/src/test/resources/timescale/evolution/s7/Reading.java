package org.example.metrics;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** One hegemony score of an AS, per address family and time bin. */
@Table
@Hypertable(timeColumn = "timebin", chunkTimeInterval = "2 days",
    compression = @Compression(segmentBy = {"asn_id", "af"}, orderBy = "timebin DESC",
        after = "30 days"),
    dropAfter = "365 days")
public class Reading {
  @Id
  @Column(nullable = false)
  Instant timebin;

  @Id
  int asnId;

  @Id
  short af;

  double hege;
}
