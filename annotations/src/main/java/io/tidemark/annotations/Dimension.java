package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An extra dimension of a {@link Hypertable}, by hash or by range of one column:
 * {@code @Hypertable(timeColumn = "ts", dimensions = @Dimension(column = "device",
 * partitions = 4))} adds {@code add_dimension('metrics', by_hash('device', 4))} after
 * {@code create_hypertable}. Give exactly one of {@code partitions} and {@code interval}.
 * TimescaleDB adds a dimension to an existing hypertable only for chunks created afterwards
 * (lint TM215) and cannot remove one (TM064).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Dimension {
  /** The partitioning column. */
  String column();

  /** Hash partitions of the column; 0 for a range dimension. */
  int partitions() default 0;

  /** Chunk interval of a range dimension ({@code "1 day"}, or an integer for an integer column). */
  String interval() default "";
}
