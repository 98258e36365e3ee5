package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as a table. Every non-static, non-transient field (or record
 * component), including inherited ones, is a column unless marked {@link Transient}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Table {
  /** Table name; defaults to the snake_case of the simple class name. */
  String name() default "";

  /** Schema; defaults to the connection's search path (normally {@code public}). */
  String schema() default "";
}
