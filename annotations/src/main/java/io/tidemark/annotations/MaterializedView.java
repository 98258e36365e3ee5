package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A PostgreSQL materialized view, declared on a class of its own (no {@link Table}); like
 * {@link View}, it is re-created in dependency order when what it reads changes under it,
 * and filled again then unless {@code withData = false}.
 *
 * <pre>{@code
 * @MaterializedView(query = "SELECT customer_id, sum(total) AS total FROM invoice"
 *     + " GROUP BY customer_id", dependsOn = Invoice.class)
 * public class CustomerTotal {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface MaterializedView {
  /** View name; defaults to the snake_case of the simple class name. */
  String name() default "";

  /** Schema of the view; defaults to the search path. */
  String schema() default "";

  /** The view's {@code SELECT} query. */
  String query();

  /**
   * Whether the view is filled when created ({@code WITH DATA}); otherwise it stays empty and
   * unreadable until the first {@code REFRESH MATERIALIZED VIEW}.
   */
  boolean withData() default true;

  /** The entity classes whose tables or views the query reads. */
  Class<?>[] dependsOn() default {};
}
