package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

/** A person who buys. */
@Table
public class Customer {
  /** Stable key. */
  @Id long id;

  /** Credit left, in cents. */
  long credit;
}
