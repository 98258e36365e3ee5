package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;
import io.tidemark.annotations.View;

@Table
@Sequence(name = "a_seq", ownedBy = "nope")
@Sequence(name = "b_seq", minValue = 10, maxValue = 5)
@Sequence(name = "c_seq")
@Sequence(name = "c_seq", increment = 2)
@Sequence(name = "other_table")
@Sequence(name = "d_seq", schema = "audit", ownedBy = "id")
class SequenceOwner {
  @Id long id;
}

@Table
class OtherTable {
  @Id long id;
}

@Sequence(name = "on_view_seq")
@View(query = "SELECT 1 AS one")
class SequenceOnView {
}
