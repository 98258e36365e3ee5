package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
class NoOptions {
  @Id long id;
}
