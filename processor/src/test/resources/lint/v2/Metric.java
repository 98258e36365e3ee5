package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Compression;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Table;
import java.time.Instant;

@Table
@Hypertable(timeColumn = "ts", compression = @Compression(orderBy = "ts DESC"))
public class Metric {
  @Column(nullable = false) Instant ts;
  @Column(nullable = false) Double value;
}
