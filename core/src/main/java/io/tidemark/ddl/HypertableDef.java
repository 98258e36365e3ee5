package io.tidemark.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A hypertable's dimensions. {@code chunkTimeInterval} ({@code null}: TimescaleDB's default)
 * and {@code partitionColumn} are {@code null} when absent, {@code partitions} then 0;
 * {@code dimensions} are the extra dimensions added after them, in order; {@code migrate}
 * converts a table that already holds rows.
 */
public record HypertableDef(
    String timeColumn,
    String chunkTimeInterval,
    String partitionColumn,
    int partitions,
    boolean migrate,
    List<DimensionDef> dimensions) {
  public HypertableDef {
    Objects.requireNonNull(timeColumn, "timeColumn");
    dimensions = List.copyOf(dimensions);
  }

  /** A hypertable without extra dimensions. */
  public HypertableDef(String timeColumn, String chunkTimeInterval, String partitionColumn,
      int partitions, boolean migrate) {
    this(timeColumn, chunkTimeInterval, partitionColumn, partitions, migrate, List.of());
  }

  public HypertableDef chunkTimeInterval(String interval) {
    return new HypertableDef(timeColumn, interval, partitionColumn, partitions, migrate,
        dimensions);
  }

  public HypertableDef partitionBy(String column, int partitions) {
    return new HypertableDef(timeColumn, chunkTimeInterval, column, partitions, migrate,
        dimensions);
  }

  /** These dimensions and then {@code dimension}. */
  public HypertableDef dimension(DimensionDef dimension) {
    List<DimensionDef> all = new ArrayList<>(dimensions);
    all.add(dimension);
    return new HypertableDef(timeColumn, chunkTimeInterval, partitionColumn, partitions, migrate,
        all);
  }

  public HypertableDef migrateData() {
    return new HypertableDef(timeColumn, chunkTimeInterval, partitionColumn, partitions, true,
        dimensions);
  }
}
