package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Index;
import io.tidemark.annotations.Table;

@Table
@Index(columns = {"id", "ts DESC sideways"})
class IndexSyntax {
  @Id long id;
  long ts;
}

@Table
@Index(name = "by_ts", columns = "ts", nullsNotDistinct = true)
class IndexNulls {
  @Id long id;
  long ts;
}

@Table
@Index(name = "by_lower_note", columns = "lower(nope_expression)")
class IndexExpression {
  @Id long id;
  String note;
}
