package org.example.metrics;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Column;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** One hegemony score of an AS, per address family and time bin. */
@Table
@Hypertable(timeColumn = "timebin", chunkTimeInterval = "1 day")
@Acknowledge(rule = "migrateData", reason = "the test table holds 160 rows")
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
