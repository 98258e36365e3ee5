package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A TimescaleDB continuous aggregate, declared on a class of its own (no {@link Table}). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ContinuousAggregate {
  /** View name; defaults to the snake_case of the simple class name. */
  String name() default "";

  /** Schema of the view; defaults to the search path. */
  String schema() default "";

  /** The aggregate's {@code SELECT ... GROUP BY time_bucket(...)} query. */
  String query();

  /** Whether queries read only materialized data ({@code timescaledb.materialized_only}). */
  boolean materializedOnly() default true;

  /** Refresh policy; none when all its offsets are empty. */
  Refresh refresh() default @Refresh;

  /**
   * Compression of the aggregate's materialized rows, off unless written; {@code segmentBy} and
   * {@code orderBy} name columns of the query's result, {@code after} should lie beyond the
   * refresh policy's {@code startOffset}:
   *
   * <pre>{@code
   * @ContinuousAggregate(query = "...", refresh = @Refresh(startOffset = "30 days", endOffset = "1 day"),
   *     compression = @Compression(segmentBy = "device_id", after = "60 days"))
   * }</pre>
   */
  Compression compression() default @Compression(enabled = false);
}
