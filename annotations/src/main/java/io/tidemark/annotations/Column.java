package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Overrides how a field maps to a column. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {
  /** Column name; defaults to the snake_case of the field name. */
  String name() default "";

  /** SQL type, overriding the type mapped from the Java type. */
  String type() default "";

  /** Whether the column accepts NULL; primitives and {@link Id} columns never do. */
  boolean nullable() default true;

  /** Default as an SQL expression, for example {@code "now()"} or {@code "'new'"}. */
  String defaultValue() default "";

  /** Adds a single-column unique constraint. */
  boolean unique() default false;

  /** Length of a {@code String} column: {@code varchar(length)} instead of {@code text}. */
  int length() default 0;

  /** Precision of a {@code BigDecimal} column. */
  int precision() default 0;

  /** Scale of a {@code BigDecimal} column. */
  int scale() default 0;

  /**
   * Makes it a stored generated column computed from the row's other columns:
   * {@code @Column(generatedAs = "price * quantity")} gives
   * {@code GENERATED ALWAYS AS (price * quantity) STORED}. Changing the expression drops and
   * adds the column again, which rewrites the table.
   */
  String generatedAs() default "";

  /** The column's previous name: the change is a rename, never a drop and an add. */
  String renamedFrom() default "";
}
