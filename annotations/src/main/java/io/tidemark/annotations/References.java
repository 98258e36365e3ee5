package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A foreign key from this column to a column of another table. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface References {
  /** Referenced table, {@code "name"} or {@code "schema.name"}. */
  String table();

  /** Referenced column; defaults to the referenced table's single-column primary key. */
  String column() default "";

  /** {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT} or {@code NO ACTION}. */
  String onDelete() default "";

  /** Same choices as {@link #onDelete()}. */
  String onUpdate() default "";

  /** Constraint name; defaults to {@code <table>_<column>_fkey}. */
  String name() default "";

  /**
   * {@code DEFERRABLE}: a transaction may defer the check to its commit with
   * {@code SET CONSTRAINTS ... DEFERRED}, for example to insert rows that reference each other:
   * {@code @References(table = "users", deferrable = true)}.
   */
  boolean deferrable() default false;

  /** {@code INITIALLY DEFERRED}: checked at commit unless a transaction says otherwise; needs {@link #deferrable()}. */
  boolean initiallyDeferred() default false;
}
