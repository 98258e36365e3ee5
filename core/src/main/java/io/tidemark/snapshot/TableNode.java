package io.tidemark.snapshot;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table. {@code schema} is empty for the search path; {@code entity} is the binary name of
 * the class it was read from (re-read on partial compiles); {@code primaryKey} and
 * {@code hypertable} are {@code null} when absent. Columns keep declaration order; the other
 * lists are sorted by name. Index and orderby entries are normalized index-column entries.
 * {@code comment} is the {@code COMMENT ON TABLE} text, {@code null} for none.
 */
public record TableNode(
    String schema,
    String name,
    String entity,
    List<ColumnDef> columns,
    PrimaryKeyDef primaryKey,
    List<UniqueDef> uniques,
    List<CheckDef> checks,
    List<ForeignKeyDef> foreignKeys,
    List<IndexDef> indexes,
    TimescaleNode hypertable,
    String comment) {
  public TableNode {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entity, "entity");
    columns = List.copyOf(columns);
    uniques = Names.sorted(uniques, UniqueDef::name);
    checks = Names.sorted(checks, CheckDef::name);
    foreignKeys = Names.sorted(foreignKeys, ForeignKeyDef::name);
    indexes = Names.sorted(indexes, IndexDef::name);
  }

  /** A table without a comment. */
  public TableNode(String schema, String name, String entity, List<ColumnDef> columns,
      PrimaryKeyDef primaryKey, List<UniqueDef> uniques, List<CheckDef> checks,
      List<ForeignKeyDef> foreignKeys, List<IndexDef> indexes, TimescaleNode hypertable) {
    this(schema, name, entity, columns, primaryKey, uniques, checks, foreignKeys, indexes,
        hypertable, null);
  }

  /** The same table with another {@code COMMENT ON TABLE} text ({@code null}: none). */
  public TableNode comment(String text) {
    return new TableNode(schema, name, entity, columns, primaryKey, uniques, checks, foreignKeys,
        indexes, hypertable, text);
  }

  /** The same table with other columns. */
  public TableNode columns(List<ColumnDef> newColumns) {
    return new TableNode(schema, name, entity, newColumns, primaryKey, uniques, checks,
        foreignKeys, indexes, hypertable, comment);
  }

  /** {@code name}, or {@code schema.name} when the schema is set. */
  public String qualifiedName() {
    return Names.qualify(schema, name);
  }

  /**
   * The {@code CREATE TABLE} of its columns, primary key, unique and check constraints; foreign
   * keys, indexes and TimescaleDB settings are operations of their own.
   */
  public CreateTable createTable() {
    List<Constraint> constraints = new ArrayList<>();
    if (primaryKey != null) {
      constraints.add(primaryKey);
    }
    constraints.addAll(uniques);
    constraints.addAll(checks);
    return new CreateTable(qualifiedName(), columns, constraints);
  }
}
