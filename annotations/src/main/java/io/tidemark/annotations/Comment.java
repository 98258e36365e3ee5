package io.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database comment of a table (on the entity class) or of a column (on the field):
 * {@code @Comment("When the order was paid, in UTC") Instant paidAt;} gives
 * {@code COMMENT ON COLUMN orders.paid_at IS 'When the order was paid, in UTC'}. It works
 * without any processor option and wins over the Javadoc that {@code -Atidemark.comments=javadoc}
 * reads; {@code @Comment("")} keeps an element's Javadoc out of the database.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Comment {
  /** The comment text; empty for no comment. */
  String value();
}
