package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.RenamedFrom;
import io.tidemark.annotations.Table;

@Table
@RenamedFrom("old_renames")
class Renames {
  @Id long id;
  @Column(renamedFrom = "old_title") String title;
}
