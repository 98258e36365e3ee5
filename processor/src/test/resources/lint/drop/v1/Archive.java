package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Archive {
  @Id long id;
}
