package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
class DuplicateColumn {
  @Id long id;
  @Column(name = "id") long other;
}
