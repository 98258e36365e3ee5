package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Feeling {
  @Id long id;
  Mood mood;
}
