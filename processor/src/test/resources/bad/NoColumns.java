package app;

import io.tidemark.annotations.Table;
import io.tidemark.annotations.Transient;

@Table
class NoColumns {
  static int counter;
  @Transient String cache;
}
