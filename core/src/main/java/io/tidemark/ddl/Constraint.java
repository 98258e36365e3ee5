package io.tidemark.ddl;

/** A named table constraint. */
public sealed interface Constraint extends TableElement
    permits PrimaryKeyDef, UniqueDef, CheckDef, ForeignKeyDef {
  String name();
}
