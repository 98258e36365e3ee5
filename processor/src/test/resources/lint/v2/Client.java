package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.RenamedFrom;
import io.tidemark.annotations.Table;

@Table
@RenamedFrom("buyer")
public class Client {
  @Id long id;
}
