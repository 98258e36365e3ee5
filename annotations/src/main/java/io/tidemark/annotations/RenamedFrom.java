package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the table's previous name, or on a constant of an {@link EnumType} enum the value's
 * previous name ({@code @RenamedFrom("SETTLED") PAID}), so the change is a rename rather than a
 * drop and a create. Once the rename is in a revision the annotation may stay; it is then
 * ignored.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface RenamedFrom {
  /** The previous table name, {@code "name"} or {@code "schema.name"}, or enum value. */
  String value();
}
