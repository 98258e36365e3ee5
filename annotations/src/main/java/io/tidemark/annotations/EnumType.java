package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a Java enum to a native PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}), whose
 * values are the constants' names in declaration order; a field of the enum becomes a column of
 * that type. Without it a field of an enum is {@code text} with a CHECK of its values. A new
 * constant is added in place ({@code ADD VALUE ... BEFORE/AFTER}), one with
 * {@link RenamedFrom} is renamed, and a removed or moved constant replaces the type, which
 * rewrites the tables that use it:
 * {@code @EnumType(name = "order_status") enum OrderStatus { NEW, PAID }}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface EnumType {
  /** Type name; defaults to the snake_case of the enum's simple name. */
  String name() default "";

  /** Schema of the type; defaults to the search path. */
  String schema() default "";
}
