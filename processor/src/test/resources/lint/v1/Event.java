package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Table;

@Table
public class Event {
  @Column(nullable = false) long id;
  String name;
}
