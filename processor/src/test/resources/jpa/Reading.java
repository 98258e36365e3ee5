package app;

import io.tidemark.annotations.Hypertable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.time.Instant;

@Entity
@IdClass(Reading.Key.class)
@Hypertable(timeColumn = "recorded_at", chunkTimeInterval = "1 day")
class Reading {
  @Id long sensorId;
  @Id Instant recordedAt;
  double value;

  record Key(long sensorId, Instant recordedAt) {}
}
