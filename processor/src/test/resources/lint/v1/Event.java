package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.Table;
import java.time.Instant;

@Table
@Hypertable(timeColumn = "ts", chunkTimeInterval = "1 day")
public class Event {
  @Column(nullable = false) Instant ts;
  String name;
}
