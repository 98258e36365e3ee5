package io.tidemark.catalog;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live PostgreSQL or TimescaleDB database into Tidemark's model through the system
 * catalogs, spelling everything as PostgreSQL prints it ({@code format_type},
 * {@code pg_get_expr}, {@code pg_get_indexdef}). System and TimescaleDB schemas, chunks,
 * extension members and the version table are never read as user objects; what the model
 * cannot express is listed as {@link Unmodelled}.
 */
public final class CatalogReader {
  private final Queries queries;

  private CatalogReader(Connection connection, String versionSchema, String versionTable) {
    this.queries = new Queries(connection, versionSchema, versionTable);
  }

  /** Reads the catalog; the version table {@code versionSchema.versionTable} is left out. */
  public static Catalog read(Connection connection, String versionSchema, String versionTable)
      throws SQLException {
    return new CatalogReader(connection, versionSchema, versionTable).read();
  }

  private Catalog read() throws SQLException {
    String style = queries.intervalStyle("postgres");
    try {
      Map<Long, TableParts> tables = new LinkedHashMap<>();
      queries.rows(Queries.TABLES, r -> tables.put(r.getLong(1),
          new TableParts(r.getBoolean(4) ? "" : r.getString(2), r.getString(3), r.getString(5))));
      List<Unmodelled> unmodelled = new ArrayList<>();
      ColumnParts columns = new ColumnParts(queries, tables, unmodelled);
      columns.read();
      constraints(tables, unmodelled);
      indexes(tables);
      TimescaleParts timescale = new TimescaleParts(queries);
      Map<String, List<IndexDef>> automatic = new HashMap<>();
      List<TableNode> nodes = new ArrayList<>();
      for (TableParts table : tables.values()) {
        nodes.add(timescale.apply(table, automatic));
      }
      SequenceParts sequences = new SequenceParts();
      sequences.read(queries, columns.serialSequences);
      Set<String> modelledSequences = new HashSet<>(columns.serialSequences);
      modelledSequences.addAll(sequences.names);
      unmodelled.addAll(UnmodelledReader.read(queries, modelledSequences));
      List<EnumNode> enums = new ArrayList<>();
      queries.rows(Queries.ENUMS, r -> enums.add(new EnumNode(r.getBoolean(1) ? ""
          : r.getString(2), r.getString(3), "", Queries.strings(r.getArray(4)))));
      return new Catalog(new Schema(nodes, timescale.aggregates(), enums,
          ViewParts.read(queries), sequences.sequences), automatic, unmodelled);
    } finally {
      queries.intervalStyle(style);
    }
  }

  private void constraints(Map<Long, TableParts> tables, List<Unmodelled> unmodelled)
      throws SQLException {
    queries.rows(Queries.CONSTRAINTS, r -> {
      TableParts table = tables.get(r.getLong(1));
      String name = r.getString(2);
      List<String> columns = Queries.strings(r.getArray(4));
      switch (r.getString(3)) {
        case "p" -> table.primaryKey = new PrimaryKeyDef(name, columns);
        case "u" -> table.uniques.add(new UniqueDef(name, columns, null, r.getBoolean(15)));
        case "c" -> table.checks.add(new CheckDef(name, r.getString(10)));
        case "f" -> table.foreignKeys.add(new ForeignKeyDef(name, columns,
            (r.getBoolean(7) ? "" : r.getString(5) + ".") + r.getString(6),
            Queries.strings(r.getArray(8)), action(r.getString(9).charAt(0)),
            action(r.getString(9).charAt(1)), true, r.getBoolean(13), r.getBoolean(14)));
        default -> unmodelled.add(new Unmodelled("constraint", table.qualifiedName() + "."
            + name, "ALTER TABLE " + r.getString(12) + " ADD CONSTRAINT "
            + Queries.quote(name) + " " + r.getString(11) + ";", false));
      }
    });
  }

  /** A referential action as the model spells it; {@code null} for NO ACTION. */
  private static String action(char code) {
    return switch (code) {
      case 'r' -> "RESTRICT";
      case 'c' -> "CASCADE";
      case 'n' -> "SET NULL";
      case 'd' -> "SET DEFAULT";
      default -> null;
    };
  }

  private void indexes(Map<Long, TableParts> tables) throws SQLException {
    queries.rows(Queries.INDEXES, r -> {
      List<String> keys = new ArrayList<>();
      for (String key : IndexColumn.keysOf(r.getString(6))) {
        keys.add(IndexColumn.tryParse(key).map(c -> c.normalized().entry()).orElse(key));
      }
      String using = r.getString(4);
      tables.get(r.getLong(1)).indexes.add(new IndexDef(r.getString(2), keys, r.getBoolean(3),
          r.getString(5), "btree".equals(using) ? null : using, Queries.strings(r.getArray(7)),
          false, false, r.getBoolean(8)));
    });
  }

  /** What is read of one table before it becomes a {@link TableNode}. */
  static final class TableParts {
    final String schema;
    final String name;
    final String comment;
    final List<ColumnDef> columns = new ArrayList<>();
    PrimaryKeyDef primaryKey;
    final List<UniqueDef> uniques = new ArrayList<>();
    final List<CheckDef> checks = new ArrayList<>();
    final List<ForeignKeyDef> foreignKeys = new ArrayList<>();
    final List<IndexDef> indexes = new ArrayList<>();

    TableParts(String schema, String name, String comment) {
      this.schema = schema;
      this.name = name;
      this.comment = comment;
    }

    String qualifiedName() {
      return schema.isEmpty() ? name : schema + "." + name;
    }
  }
}
