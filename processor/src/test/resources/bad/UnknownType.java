package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;
import java.util.List;

@Table
class UnknownType {
  @Id long id;
  List<String> tags;
}
