package io.tidemark.processor.snapshot;

import java.util.ArrayList;
import java.util.List;

/** Short builders for snapshot nodes in tests: {@code table("users").column("id", "bigint").build()}. */
public final class Nodes {
  private Nodes() {}

  public static ColumnNode column(String name, String type) {
    return new ColumnNode(name, type, true, null);
  }

  public static ColumnNode notNull(String name, String type) {
    return new ColumnNode(name, type, false, null);
  }

  public static IndexNode index(String name, String... columns) {
    return new IndexNode(name, List.of(columns), false, null, null, List.of());
  }

  public static ForeignKeyNode foreignKey(String name, String column, String refTable, String refColumn) {
    return new ForeignKeyNode(name, List.of(column), refTable, List.of(refColumn), null, null);
  }

  public static HypertableNode hypertable(String timeColumn, String chunkTimeInterval) {
    return new HypertableNode(timeColumn, chunkTimeInterval, null, 0, null, null, null);
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
    private final List<ColumnNode> columns = new ArrayList<>();
    private PrimaryKeyNode primaryKey;
    private final List<UniqueNode> uniques = new ArrayList<>();
    private final List<CheckNode> checks = new ArrayList<>();
    private final List<ForeignKeyNode> foreignKeys = new ArrayList<>();
    private final List<IndexNode> indexes = new ArrayList<>();
    private HypertableNode hypertable;

    private TableBuilder(String schema, String name) {
      this.schema = schema;
      this.name = name;
    }

    public TableBuilder column(ColumnNode column) {
      columns.add(column);
      return this;
    }

    public TableBuilder column(String column, String type) {
      return column(Nodes.column(column, type));
    }

    /** A NOT NULL column that is also the primary key {@code <table>_pkey}. */
    public TableBuilder id(String column, String type) {
      columns.add(notNull(column, type));
      primaryKey = new PrimaryKeyNode(name + "_pkey", List.of(column));
      return this;
    }

    public TableBuilder primaryKey(String keyName, String... keyColumns) {
      primaryKey = new PrimaryKeyNode(keyName, List.of(keyColumns));
      return this;
    }

    public TableBuilder unique(String uniqueName, String... uniqueColumns) {
      uniques.add(new UniqueNode(uniqueName, List.of(uniqueColumns)));
      return this;
    }

    public TableBuilder check(String checkName, String expression) {
      checks.add(new CheckNode(checkName, expression));
      return this;
    }

    public TableBuilder foreignKey(ForeignKeyNode key) {
      foreignKeys.add(key);
      return this;
    }

    public TableBuilder index(IndexNode index) {
      indexes.add(index);
      return this;
    }

    public TableBuilder hypertable(HypertableNode node) {
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
