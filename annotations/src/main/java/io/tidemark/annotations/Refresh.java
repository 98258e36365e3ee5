package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Refresh policy of a {@link ContinuousAggregate}; offsets are interval literals. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Refresh {
  String startOffset() default "";

  String endOffset() default "";

  String scheduleInterval() default "";
}
