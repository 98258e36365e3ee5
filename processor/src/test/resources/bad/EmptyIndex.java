package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@Index(columns = {})
class EmptyIndex {
  @Id long id;
}
