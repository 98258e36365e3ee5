package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A unique constraint over one or more columns. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Unique.List.class)
public @interface Unique {
  /** Constraint name; defaults to {@code <table>_<columns>_key}. */
  String name() default "";

  String[] columns();

  /**
   * Nulls count as equal ({@code UNIQUE NULLS NOT DISTINCT}, PostgreSQL 15+), so the columns
   * admit one row with nulls: {@code @Unique(columns = {"tenant", "code"}, nullsNotDistinct = true)}.
   */
  boolean nullsNotDistinct() default false;

  /** Holds repeated {@link Unique} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Unique[] value();
  }
}
