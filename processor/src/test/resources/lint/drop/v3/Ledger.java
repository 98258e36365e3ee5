package app;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Ledger {
  @Id long id;

  @Acknowledge(rule = "TM200", reason = "the ledger holds a few hundred rows")
  long amount;
}
