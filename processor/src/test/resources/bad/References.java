package app;

import io.tidemark.annotations.Id;
import io.tidemark.annotations.References;
import io.tidemark.annotations.Table;

@Table
class Parent {
  @Id long id;
  String code;
}

@Table
class Pair {
  @Id long a;
  @Id long b;
}

@Table
class Child {
  @Id long id;
  @References(table = "parent", onDelete = "EXPLODE") long badAction;
  @References(table = "nowhere") long unknownTable;
  @References(table = "parent", column = "missing") long unknownColumn;
  @References(table = "pair") long compositeKey;
  @References(table = "external.accounts", column = "id", onUpdate = "cascade") long external;
}
