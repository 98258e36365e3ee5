package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Person {
  @Id long id;
  String email;
}
