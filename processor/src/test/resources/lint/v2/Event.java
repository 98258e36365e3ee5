package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
public class Event {
  @Id @Column(nullable = false) long id;
  String name;
}
