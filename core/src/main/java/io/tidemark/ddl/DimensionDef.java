package io.tidemark.ddl;

import java.util.Objects;

/**
 * An extra dimension of a hypertable beyond its time column (and its {@code partitionColumn}):
 * by hash into {@code partitions} partitions, or by range in chunks of {@code interval} (an
 * interval literal, or an integer for an integer column); exactly one of the two is set, the
 * other 0 or {@code null}.
 */
public record DimensionDef(String column, int partitions, String interval) {
  public DimensionDef {
    Objects.requireNonNull(column, "column");
    if ((partitions > 0) == (interval != null)) {
      throw new IllegalArgumentException("dimension " + column + " needs either partitions (a"
          + " hash dimension) or an interval (a range dimension), not " + (partitions > 0
          ? "both" : "neither"));
    }
  }

  /** A dimension by hash of {@code column} into {@code partitions} partitions. */
  public static DimensionDef byHash(String column, int partitions) {
    return new DimensionDef(column, partitions, null);
  }

  /** A dimension by range of {@code column}, in chunks of {@code interval}. */
  public static DimensionDef byRange(String column, String interval) {
    return new DimensionDef(column, 0, Objects.requireNonNull(interval, "interval"));
  }

  /** Whether it partitions by hash (else by range). */
  public boolean hashed() {
    return partitions > 0;
  }
}
