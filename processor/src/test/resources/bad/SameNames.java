package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@Index(name = "same", columns = "a")
@Index(name = "same", columns = "b")
class SameNames {
  @Id long id;
  long a;
  long b;
}
