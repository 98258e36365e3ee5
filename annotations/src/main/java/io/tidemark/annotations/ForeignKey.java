package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A foreign key over one or more columns of this table, declared on the entity class; use it
 * for a composite key, {@link References} on a field for a single column:
 * {@code @ForeignKey(columns = {"tenant_id", "customer_id"}, table = "customers",
 * referencedColumns = {"tenant_id", "id"}, onDelete = "CASCADE")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(ForeignKey.List.class)
public @interface ForeignKey {
  /** The referencing columns of this table, in the order of {@link #referencedColumns()}. */
  String[] columns();

  /** Referenced table, {@code "name"} or {@code "schema.name"}. */
  String table();

  /**
   * The referenced columns, one per column; defaults to the referenced table's primary key,
   * which then must have as many columns.
   */
  String[] referencedColumns() default {};

  /** Constraint name; defaults to {@code <table>_<columns>_fkey}. */
  String name() default "";

  /** {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}, {@code RESTRICT} or {@code NO ACTION}. */
  String onDelete() default "";

  /** Same choices as {@link #onDelete()}. */
  String onUpdate() default "";

  /** {@code DEFERRABLE}: a transaction may defer the check to its commit. */
  boolean deferrable() default false;

  /** {@code INITIALLY DEFERRED}: checked at commit unless a transaction says otherwise; needs {@link #deferrable()}. */
  boolean initiallyDeferred() default false;

  /** Holds repeated {@link ForeignKey} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.TYPE)
  @interface List {
    ForeignKey[] value();
  }
}
