package com.example.comments;

import io.tidemark.annotations.Comment;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;

/**
 * One invoice sent to a {@link Customer customer}.
 *
 * <p>Invoices are never deleted.
 */
@Table
public class Invoice {
  /** The invoice's number, as printed. */
  @Id
  long id;

  /** What is owed, in {@code EUR}. */
  BigDecimal amount;

  @Comment("Set by the mailer")
  String sentTo;

  String note;
}
