package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@Index(columns = {"id", "ts sideways"})
class IndexSyntax {
  @Id long id;
  long ts;
}
