package io.tidemark.ddl;

import java.util.Objects;

/**
 * A hypertable's dimensions. {@code chunkTimeInterval} ({@code null}: TimescaleDB's default)
 * and {@code partitionColumn} are {@code null} when absent, {@code partitions} then 0;
 * {@code migrate} converts a table that already holds rows.
 */
public record HypertableDef(
    String timeColumn,
    String chunkTimeInterval,
    String partitionColumn,
    int partitions,
    boolean migrate) {
  public HypertableDef {
    Objects.requireNonNull(timeColumn, "timeColumn");
  }

  public HypertableDef chunkTimeInterval(String interval) {
    return new HypertableDef(timeColumn, interval, partitionColumn, partitions, migrate);
  }

  public HypertableDef partitionBy(String column, int partitions) {
    return new HypertableDef(timeColumn, chunkTimeInterval, column, partitions, migrate);
  }

  public HypertableDef migrateData() {
    return new HypertableDef(timeColumn, chunkTimeInterval, partitionColumn, partitions, true);
  }
}
