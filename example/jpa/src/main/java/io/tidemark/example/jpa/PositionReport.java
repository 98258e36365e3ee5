package io.tidemark.example.jpa;

import io.tidemark.annotations.Hypertable;
import io.tidemark.annotations.References;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/**
 * Where a vehicle was when: a TimescaleDB hypertable on the recording time, its chunks dropped
 * after a year. JPA maps the columns and the key; Tidemark's
 * annotations add what JPA cannot say.
 */
@Entity
@IdClass(PositionReport.Key.class)
@Hypertable(timeColumn = "recorded_at", chunkTimeInterval = "1 day", dropAfter = "365 days")
public class PositionReport {
  /** The composite key JPA needs for two {@code @Id} fields. */
  public record Key(Long vehicle, Instant recordedAt) {}

  @Id
  @ManyToOne(optional = false)
  @References(table = "vehicles", onDelete = "CASCADE")
  Vehicle vehicle;

  @Id
  Instant recordedAt;

  @Embedded
  Coordinates coordinates;

  Float speedKmh;
}
