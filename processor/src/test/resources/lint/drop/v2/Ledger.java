package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Ledger {
  @Id long id;
  int amount;
}
