package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table(name = "dup")
class DuplicateTable {
  @Id long id;
}

@Table(name = "dup") // twin
class DuplicateTableTwin {
  @Id long id;
}
