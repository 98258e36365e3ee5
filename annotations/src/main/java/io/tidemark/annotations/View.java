package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A PostgreSQL view, declared on a class of its own (no {@link Table}); the class's fields, if
 * any, are not columns. {@code dependsOn} lists the entities (tables, views, continuous
 * aggregates) its query reads: when a column it reads changes type, is renamed or dropped, or
 * when a view it reads is re-created, the next revision drops this view first and creates it
 * again afterwards, in dependency order.
 *
 * <pre>{@code
 * @View(query = "SELECT id, name FROM customer WHERE active", dependsOn = Customer.class)
 * public class ActiveCustomer {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface View {
  /** View name; defaults to the snake_case of the simple class name. */
  String name() default "";

  /** Schema of the view; defaults to the search path. */
  String schema() default "";

  /** The view's {@code SELECT} query. */
  String query();

  /** The entity classes whose tables or views the query reads. */
  Class<?>[] dependsOn() default {};
}
