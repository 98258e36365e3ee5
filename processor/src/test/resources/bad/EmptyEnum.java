package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
class EmptyEnum {
  enum Nothing {}

  @Id long id;
  Nothing state;
}
