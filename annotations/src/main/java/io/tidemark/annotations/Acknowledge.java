package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts one lint finding of the next revision, with the reason, which the generated revision
 * records as a comment at the operation. A blocking or destructive change (a table rewrite, a
 * rename, a drop) does not compile without it. On a field it covers that column; on an entity
 * class the whole table, or one column with {@link #column}, which is how a column whose field is
 * gone is dropped; on a {@code package-info.java} the table named by {@link #table}, which is how
 * a table whose class is gone is dropped. Once the revision is written the acknowledgement
 * matches nothing and is reported as stale: remove it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PACKAGE})
@Repeatable(Acknowledge.List.class)
public @interface Acknowledge {
  /** The rule, by code ({@code "TM209"}) or by name ({@code "dropColumn"}). */
  String rule();

  /** Why the change is acceptable; it is copied into the generated revision for review. */
  String reason();

  /** On a class or package: the one column it covers, when not the whole table. */
  String column() default "";

  /** On a package: the table it covers, {@code "name"} or {@code "schema.name"}. */
  String table() default "";

  /** Holds repeated {@link Acknowledge} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PACKAGE})
  @interface List {
    Acknowledge[] value();
  }
}
