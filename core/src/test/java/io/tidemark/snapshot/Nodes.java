package io.tidemark.snapshot;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import java.util.ArrayList;
import java.util.List;

/** Short builders for snapshot tables and their definitions in tests: {@code table("users").column("id", "bigint").build()}. */
public final class Nodes {
  private Nodes() {}

  public static ColumnDef column(String name, String type) {
    return new ColumnDef(name, type, true, null);
  }

  public static ColumnDef notNull(String name, String type) {
    return new ColumnDef(name, type, false, null);
  }

  public static IndexDef index(String name, String... columns) {
    return new IndexDef(name, List.of(columns), false, null, null, List.of(), false);
  }

  public static ForeignKeyDef foreignKey(String name, String column, String refTable, String refColumn) {
    return new ForeignKeyDef(name, List.of(column), refTable, List.of(refColumn), null, null);
  }

  public static TimescaleNode hypertable(String timeColumn, String chunkTimeInterval) {
    return new TimescaleNode(new HypertableDef(timeColumn, chunkTimeInterval, null, 0, false),
        null, null, null, null);
  }

  public static Schema schema(TableNode... tables) {
    return new Schema(List.of(tables), List.of());
  }

  public static TableBuilder table(String name) {
    return new TableBuilder("", name);
  }

  public static TableBuilder table(String schema, String name) {
    return new TableBuilder(schema, name);
  }

  /** Mutable builder; each {@code build()} returns an immutable {@link TableNode}. */
  public static final class TableBuilder {
    private final String schema;
    private final String name;
    private final List<ColumnDef> columns = new ArrayList<>();
    private PrimaryKeyDef primaryKey;
    private final List<UniqueDef> uniques = new ArrayList<>();
    private final List<CheckDef> checks = new ArrayList<>();
    private final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    private final List<IndexDef> indexes = new ArrayList<>();
    private TimescaleNode hypertable;

    private TableBuilder(String schema, String name) {
      this.schema = schema;
      this.name = name;
    }

    public TableBuilder column(ColumnDef column) {
      columns.add(column);
      return this;
    }

    public TableBuilder column(String column, String type) {
      return column(Nodes.column(column, type));
    }

    /** A NOT NULL column that is also the primary key {@code <table>_pkey}. */
    public TableBuilder id(String column, String type) {
      columns.add(notNull(column, type));
      primaryKey = new PrimaryKeyDef(name + "_pkey", List.of(column));
      return this;
    }

    public TableBuilder primaryKey(String keyName, String... keyColumns) {
      primaryKey = new PrimaryKeyDef(keyName, List.of(keyColumns));
      return this;
    }

    public TableBuilder unique(String uniqueName, String... uniqueColumns) {
      uniques.add(new UniqueDef(uniqueName, List.of(uniqueColumns)));
      return this;
    }

    public TableBuilder check(String checkName, String expression) {
      checks.add(new CheckDef(checkName, expression));
      return this;
    }

    public TableBuilder unique(UniqueDef unique) {
      uniques.add(unique);
      return this;
    }

    public TableBuilder foreignKey(ForeignKeyDef key) {
      foreignKeys.add(key);
      return this;
    }

    public TableBuilder index(IndexDef index) {
      indexes.add(index);
      return this;
    }

    public TableBuilder hypertable(TimescaleNode node) {
      hypertable = node;
      return this;
    }

    public TableNode build() {
      String entity = "com.acme." + Character.toUpperCase(name.charAt(0)) + name.substring(1);
      return new TableNode(schema, name, entity, columns, primaryKey, uniques, checks, foreignKeys,
          indexes, hypertable);
    }
  }
}
