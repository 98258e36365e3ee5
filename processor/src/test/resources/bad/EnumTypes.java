package app;

import io.tidemark.annotations.EnumType;
import io.tidemark.annotations.Id;
import io.tidemark.annotations.Table;

@EnumType(name = "state")
enum FirstState { ON, OFF }

@EnumType(name = "state")
enum SecondState { UP, DOWN }

@Table
class Machine {
  @Id long id;
  FirstState power;
  SecondState lever;
}
