package io.tidemark.dialect;

import static io.tidemark.dialect.Sql.columnList;
import static io.tidemark.dialect.Sql.qualified;
import static io.tidemark.dialect.Sql.quote;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Decides the SQL of a table's parts: its columns, constraints and indexes. */
final class TableSql {
  private TableSql() {}

  static String createTable(String table, List<ColumnDef> columns, List<Constraint> constraints) {
    List<String> elements = new ArrayList<>();
    for (ColumnDef column : columns) {
      elements.add(column(column));
    }
    for (Constraint constraint : constraints) {
      if (existingIndex(constraint) != null) {
        throw new IllegalArgumentException("constraint " + constraint.name() + " of new table "
            + table + " takes over index " + existingIndex(constraint) + ", but a table being"
            + " created has no index yet: leave out usingIndex(...)");
      }
      elements.add(constraint(constraint));
    }
    return "CREATE TABLE " + qualified(table) + " (\n  " + String.join(",\n  ", elements) + "\n)";
  }

  static String column(ColumnDef column) {
    StringBuilder sql = new StringBuilder(quote(column.name())).append(' ').append(column.type());
    if (column.defaultValue() != null) {
      sql.append(" DEFAULT ").append(column.defaultValue());
    }
    if (column.identity() != null) {
      sql.append(' ').append(IdentitySql.clause(column.identity()));
    }
    if (column.generatedAs() != null) {
      sql.append(" GENERATED ALWAYS AS (").append(column.generatedAs()).append(") STORED");
    }
    if (!column.nullable()) {
      sql.append(" NOT NULL");
    }
    return sql.toString();
  }

  /**
   * A constraint as CREATE TABLE and ALTER TABLE ... ADD spell it: a key that takes over an
   * existing index names the index instead of its columns; a check or foreign key not validated
   * yet ends in {@code NOT VALID}.
   */
  static String constraint(Constraint constraint) {
    String head = "CONSTRAINT " + quote(constraint.name()) + " ";
    if (constraint instanceof PrimaryKeyDef pk) {
      return head + "PRIMARY KEY " + keyColumns(pk.columns(), pk.index());
    }
    if (constraint instanceof UniqueDef unique) {
      // A key that takes over an index gets its null treatment from the index.
      return head + "UNIQUE " + (unique.equalNulls() && unique.index() == null
          ? "NULLS NOT DISTINCT " : "") + keyColumns(unique.columns(), unique.index());
    }
    if (constraint instanceof CheckDef check) {
      return head + "CHECK (" + check.expression() + ")" + (check.validated() ? "" : " NOT VALID");
    }
    ForeignKeyDef key = (ForeignKeyDef) constraint;
    return head + foreignKey(key) + (key.validated() ? "" : " NOT VALID");
  }

  private static String keyColumns(List<String> columns, String index) {
    return index == null ? "(" + columnList(columns) + ")" : "USING INDEX " + quote(index);
  }

  /** The index a primary key or unique constraint takes over, or {@code null}. */
  private static String existingIndex(Constraint constraint) {
    if (constraint instanceof PrimaryKeyDef pk) {
      return pk.index();
    }
    return constraint instanceof UniqueDef unique ? unique.index() : null;
  }

  private static String foreignKey(ForeignKeyDef fk) {
    if (fk.refTable() == null) {
      throw new IllegalArgumentException("foreign key " + fk.name()
          + " references no table: complete it with .references(\"table\", \"column\")");
    }
    StringBuilder sql = new StringBuilder("FOREIGN KEY (").append(columnList(fk.columns()))
        .append(") REFERENCES ").append(qualified(fk.refTable()));
    if (!fk.refColumns().isEmpty()) {
      sql.append(" (").append(columnList(fk.refColumns())).append(')');
    }
    if (fk.onDelete() != null) {
      sql.append(" ON DELETE ").append(Sql.referentialAction(fk.onDelete()));
    }
    if (fk.onUpdate() != null) {
      sql.append(" ON UPDATE ").append(Sql.referentialAction(fk.onUpdate()));
    }
    if (fk.deferrable()) {
      sql.append(" DEFERRABLE").append(fk.initiallyDeferred() ? " INITIALLY DEFERRED" : "");
    }
    return sql.toString();
  }

  /**
   * A build concurrently or one chunk per transaction runs outside a transaction; TimescaleDB
   * reads its {@code transaction_per_chunk} among the storage parameters.
   */
  static List<Statement> createIndex(String table, IndexDef index) {
    StringBuilder sql = new StringBuilder("CREATE ");
    if (index.uniqueIndex()) {
      sql.append("UNIQUE ");
    }
    sql.append("INDEX ");
    if (index.concurrent()) {
      sql.append("CONCURRENTLY ");
    }
    sql.append(quote(index.name())).append(" ON ").append(qualified(table));
    if (index.using() != null) {
      sql.append(" USING ").append(quote(index.using().trim().toLowerCase(Locale.ROOT)));
    }
    sql.append(" (").append(Sql.orderedColumnList(index.columns())).append(')');
    if (!index.include().isEmpty()) {
      sql.append(" INCLUDE (").append(columnList(index.include())).append(')');
    }
    if (index.equalNulls()) {
      sql.append(" NULLS NOT DISTINCT");
    }
    if (index.perChunk()) {
      sql.append(" WITH (timescaledb.transaction_per_chunk)");
    }
    if (index.where() != null) {
      sql.append(" WHERE ").append(index.where());
    }
    return List.of(new Statement(sql.toString(), !index.outsideTransaction()));
  }
}
