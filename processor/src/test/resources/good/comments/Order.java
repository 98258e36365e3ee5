package app;

import io.tidemark.annotations.Comment;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.time.Instant;

/**
 * One order a customer placed,
 * paid or not.
 *
 * <p>Rows are never deleted.
 */
@Table(name = "orders")
public class Order {
  /** The order's number, from {@code orders_seq}. */
  @Id long id;

  /**
   * What the {@link Customer customer} paid, in cents &amp; without tax.
   *
   * @see Customer
   */
  long total;

  /** Replaced by the annotation. */
  @Comment("Set by the billing job")
  Instant billedAt;

  /** Kept out of the database. */
  @Comment("")
  String note;

  String plain;
}
