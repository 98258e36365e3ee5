package app;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@Table
@Acknowledge(rule = "TM200", table = "other", reason = "a table the class does not map")
public class Acks {
  @Acknowledge(rule = "noSuchRule", reason = "a rule that does not exist")
  @Id long id;

  @Acknowledge(rule = "TM205", reason = " ")
  String name;
}
