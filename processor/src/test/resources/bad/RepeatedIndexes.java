package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@Index(columns = "name")
@Index(
    name = "repeated_indexes_by_code",
    columns = {"name", "nope_repeated"})
class RepeatedIndexes {
  @Id long id;
  String name;
}
