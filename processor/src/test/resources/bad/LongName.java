package app;

import io.tidemark.annotations.Column;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
class LongName {
  @Id long id;
  @Column(name = "this_column_name_is_much_longer_than_what_postgresql_would_accept") String text;
}
