package com.example.comments;

import io.tidemark.annotations.Comment;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Table
public class Invoice {
  /** The invoice's number, as printed. */
  @Id
  long id;

  /** What is owed, in cents. */
  BigDecimal amount;

  String sentTo;

  /** Free text for the accountant. */
  @Comment("")
  String note;

  /** When it was paid; empty while open. */
  Instant paidAt;
}
