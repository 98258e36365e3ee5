package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a standalone sequence (of type bigint) beside an entity's table, for a column to
 * draw from through its default:
 * {@code @Sequence(name = "order_number_seq", start = 1000, increment = 50, ownedBy = "number")}
 * with {@code @Column(defaultValue = "nextval('order_number_seq')") long number;} creates the
 * sequence before the table and makes it {@code OWNED BY orders.number} once the table exists.
 * An option left at its default is PostgreSQL's. A changed option is altered in place; the
 * sequence goes on from its current value.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Sequence.List.class)
public @interface Sequence {
  /** The sequence's name. */
  String name();

  /** Its schema; the search path's when empty. */
  String schema() default "";

  /** The first value; 0 for PostgreSQL's ({@code minValue} ascending, {@code maxValue} descending). */
  long start() default 0;

  /** The step between values, negative for a descending sequence; 0 for PostgreSQL's (1). */
  long increment() default 0;

  /** The lowest value; {@code Long.MIN_VALUE} for PostgreSQL's. */
  long minValue() default Long.MIN_VALUE;

  /** The highest value; {@code Long.MAX_VALUE} for PostgreSQL's. */
  long maxValue() default Long.MAX_VALUE;

  /** How many values a session takes at once; 0 for PostgreSQL's (1). */
  long cache() default 0;

  /** Whether it wraps around at the end of its range instead of failing. */
  boolean cycle() default false;

  /**
   * A column of this entity's table that owns the sequence ({@code OWNED BY}), so dropping the
   * column or the table drops it too; none when empty.
   */
  String ownedBy() default "";

  /** Holds repeated {@link Sequence} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Sequence[] value();
  }
}
