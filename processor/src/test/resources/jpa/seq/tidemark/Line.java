package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Sequence;
import io.tidemark.annotations.Table;

@Table(name = "line_item")
@Sequence(name = "line_item_seq", start = 1, increment = 50)
public class Line {
  @Id @Column(defaultValue = "nextval('line_item_seq')") long id;
}
