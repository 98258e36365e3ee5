package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Makes a {@link Table} a TimescaleDB hypertable, with its compression and policies. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Hypertable {
  /** The time (or integer) partitioning column; must be NOT NULL. */
  String timeColumn();

  /** Chunk interval as a PostgreSQL interval literal ({@code "2 days"}); TimescaleDB's default when empty. */
  String chunkTimeInterval() default "";

  /** Optional space-partitioning column. */
  String partitionColumn() default "";

  /** Number of hash partitions for {@link #partitionColumn()}. */
  int partitions() default 0;

  /**
   * Extra dimensions after the time column and {@code partitionColumn}, in order, generated with
   * the table: {@code dimensions = @Dimension(column = "device", partitions = 4)}.
   */
  Dimension[] dimensions() default {};

  /** Native compression; off unless written as {@code compression = @Compression(...)}. */
  Compression compression() default @Compression(enabled = false);

  /** Retention policy: drop chunks older than this interval. */
  String dropAfter() default "";

  /** Reorder policy: name of the index to cluster chunks by. */
  String reorderIndex() default "";
}
