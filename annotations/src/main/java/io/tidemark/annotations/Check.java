package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A CHECK constraint on the table. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Check.List.class)
public @interface Check {
  /** Constraint name; defaults to {@code <table>_check<n>}. */
  String name() default "";

  /** The boolean SQL expression, for example {@code "amount >= 0"}. */
  String expression();

  /** Holds repeated {@link Check} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Check[] value();
  }
}
