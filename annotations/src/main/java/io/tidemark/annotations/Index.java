package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An index on the table. Each column entry is a column or an expression, with an optional
 * collation, operator class, direction and null order:
 * {@code @Index(columns = {"lower(email)", "name COLLATE \"C\" text_pattern_ops", "ts DESC NULLS LAST"})}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Index.List.class)
public @interface Index {
  /** Index name; defaults to {@code <table>_<columns>_idx}. */
  String name() default "";

  /**
   * Index keys in order, each {@code key [COLLATE name] [opclass] [ASC|DESC] [NULLS FIRST|LAST]},
   * where the key is a column or an expression: a function call ({@code "lower(email)"}) or any
   * expression in parentheses ({@code "(price * quantity)"}). Name an operator class only when
   * it is not the column type's default, as PostgreSQL does not keep a default one.
   */
  String[] columns();

  boolean unique() default false;

  /**
   * With {@link #unique()}, nulls count as equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15+), so
   * the key admits one row with nulls: {@code @Index(columns = "email", unique = true,
   * nullsNotDistinct = true)}.
   */
  boolean nullsNotDistinct() default false;

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
