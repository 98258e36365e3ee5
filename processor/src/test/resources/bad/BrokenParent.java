package app;

import io.tidemark.annotations.ForeignKey;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;
import java.util.List;

@Table
class BrokenParent {
  @Id long id;
  List<String> unmappable;
}

@Table
class ChildOfBroken {
  @Id long id;
  @References(table = "broken_parent") long parentId;
}

@Table
@ForeignKey(columns = "parent_id", table = "broken_parent")
class OtherChildOfBroken {
  @Id long id;
  long parentId;
}
