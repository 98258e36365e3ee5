package net.ihr.hegemony;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import java.time.Instant;

/** Size of each AS's customer cone, per address family and time bin. */
@Table(name = "ihr_hegemonycone")
@Hypertable(timeColumn = "timebin", chunkTimeInterval = "2 days",
    compression = @Compression(segmentBy = {"asn_id", "af"}, orderBy = "timebin", after = "7 days"))
@Index(name = "ihr_hegemonycone_asn_id_timebin_idx", columns = {"asn_id", "timebin DESC"})
public class HegemonyCone {
  @Id
  long id;

  @Id
  @Column(nullable = false)
  Instant timebin;

  int conesize;

  short af;

  int asnId;
}
