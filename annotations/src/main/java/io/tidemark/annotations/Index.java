package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An index on the table; column entries may carry a direction and null order ({@code "ts DESC NULLS LAST"}). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
  /** Index name; defaults to {@code <table>_<columns>_idx}. */
  String name() default "";

  /** Indexed columns in order, each optionally followed by {@code ASC|DESC} and {@code NULLS FIRST|LAST}. */
  String[] columns();

  boolean unique() default false;

  /** Predicate of a partial index, as an SQL expression. */
  String where() default "";

  /** Access method, for example {@code "brin"} or {@code "gin"}; defaults to btree. */
  String using() default "";

  /** Non-key columns stored in the index ({@code INCLUDE}). */
  String[] include() default {};

  /** Holds repeated {@link Index} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    Index[] value();
  }
}
