package io.tidemark.ddl;

/** A part of a {@code CREATE TABLE}: a column or a constraint. */
public sealed interface TableElement permits ColumnDef, Constraint {}
