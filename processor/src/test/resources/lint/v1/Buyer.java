package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Buyer {
  @Id long id;
}
