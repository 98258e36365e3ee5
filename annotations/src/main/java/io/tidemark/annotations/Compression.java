package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** TimescaleDB native compression of a {@link Hypertable} or a {@link ContinuousAggregate}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Compression {
  boolean enabled() default true;

  /** Columns to segment compressed data by. */
  String[] segmentBy() default {};

  /** Order of rows within a segment, in index-column syntax ({@code "ts DESC"}). */
  String[] orderBy() default {};

  /** Compression policy: compress chunks older than this interval; no policy when empty. */
  String after() default "";
}
