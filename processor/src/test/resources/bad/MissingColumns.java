package app;

import io.tidemark.annotations.Check;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.Unique;

@Table
@Index(columns = {"id", "nope_index"})
@Unique(columns = "nope_unique")
@Check(expression = "length(name) > 0 AND nope_check > 0")
class MissingColumns {
  @Id long id;
  String name;
}
