package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table(name = 42)
class BadValue {
  @Id long id;
}
