package io.tidemark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration} and places it in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
  /** Revision id, {@code NNNN_hhhhhh}. */
  String id();

  /** Parent ids: none for the base, two or more for a merge revision. */
  String[] parent() default {};

  /** One line saying what the revision does. */
  String message() default "";
}
