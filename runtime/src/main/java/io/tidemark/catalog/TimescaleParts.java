package io.tidemark.catalog;

import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.dialect.AutomaticIndex;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TimescaleDB's side of the catalog, read from {@code timescaledb_information}: dimensions,
 * compression settings, the compression, retention, reorder and refresh policies, and the
 * continuous aggregates with their original query. Separates the indexes TimescaleDB made by
 * itself: by their definition, a plain b-tree on the time column descending (after the space
 * column when there is one), and by the name TimescaleDB gives them.
 */
final class TimescaleParts {
  private static final String CURRENT = "%s = current_schema()";

  private final Map<String, Hypertable> hypertables = new HashMap<>();
  private final List<AggregateNode> aggregates = new ArrayList<>();

  /** What a hypertable is made of, as read. */
  private static final class Hypertable {
    String time;
    String interval;
    String space;
    int partitions;
    final List<DimensionDef> dimensions = new ArrayList<>();
    boolean compressed;
    final List<String> segmentBy = new ArrayList<>();
    final List<String> orderBy = new ArrayList<>();
    String compressAfter;
    String dropAfter;
    String reorderIndex;
  }

  TimescaleParts(Queries queries) throws SQLException {
    if (!queries.timescale()) {
      return;
    }
    String user = Queries.USER_SCHEMA.replace("n.nspname", "hypertable_schema");
    queries.rows("SELECT " + key("hypertable_schema") + ", hypertable_name, compression_enabled"
        + " FROM timescaledb_information.hypertables WHERE " + user, r -> {
          Hypertable h = new Hypertable();
          h.compressed = r.getBoolean(3);
          hypertables.put(qualify(r.getString(1), r.getString(2)), h);
        });
    queries.rows("SELECT " + key("hypertable_schema") + ", hypertable_name, column_name, "
        + "dimension_type, time_interval::text, integer_interval, num_partitions "
        + "FROM timescaledb_information.dimensions WHERE " + user
        + " ORDER BY dimension_number", r -> {
          Hypertable h = hypertables.get(qualify(r.getString(1), r.getString(2)));
          if (h == null) {
            return;
          }
          boolean time = r.getString(4).equals("Time");
          String interval = r.getString(5) != null ? IntervalText.words(r.getString(5))
              : r.getString(6);
          if (time && h.time == null) {
            h.time = r.getString(3);
            h.interval = interval;
          } else if (!time && h.space == null && h.dimensions.isEmpty()) {
            h.space = r.getString(3);
            h.partitions = r.getInt(7);
          } else {
            h.dimensions.add(time ? DimensionDef.byRange(r.getString(3), interval)
                : DimensionDef.byHash(r.getString(3), r.getInt(7)));
          }
        });
    queries.rows("SELECT " + key("hypertable_schema") + ", hypertable_name, attname, "
        + "segmentby_column_index, orderby_column_index, orderby_asc, orderby_nullsfirst "
        + "FROM timescaledb_information.compression_settings WHERE " + user
        + " ORDER BY segmentby_column_index, orderby_column_index", r -> {
          Hypertable h = hypertables.get(qualify(r.getString(1), r.getString(2)));
          if (h == null) {
            return;
          }
          String column = Queries.quote(r.getString(3));
          if (r.getObject(4) != null) {
            h.segmentBy.add(column);
          } else if (r.getObject(5) != null) {
            boolean asc = r.getBoolean(6);
            boolean nullsFirst = r.getBoolean(7);
            h.orderBy.add(column + (asc ? "" : " DESC")
                + (asc == nullsFirst ? (asc ? " NULLS FIRST" : " NULLS LAST") : ""));
          }
        });
    jobs(queries, user);
  }

  private void jobs(Queries queries, String user) throws SQLException {
    Map<String, RefreshDef> refresh = new HashMap<>();
    queries.rows("SELECT " + key("hypertable_schema") + ", hypertable_name, proc_name, "
        + config("compress_after") + ", " + config("drop_after") + ", config->>'index_name', "
        + config("start_offset") + ", " + config("end_offset") + ", schedule_interval::text "
        + "FROM timescaledb_information.jobs WHERE proc_schema = '_timescaledb_functions' AND "
        + user + " ORDER BY job_id", r -> {
          String table = qualify(r.getString(1), r.getString(2));
          Hypertable h = hypertables.get(table);
          switch (r.getString(3)) {
            case "policy_compression" -> {
              if (h != null) {
                h.compressAfter = IntervalText.words(r.getString(4));
              }
            }
            case "policy_retention" -> {
              if (h != null) {
                h.dropAfter = IntervalText.words(r.getString(5));
              }
            }
            case "policy_reorder" -> {
              if (h != null) {
                h.reorderIndex = r.getString(6);
              }
            }
            case "policy_refresh_continuous_aggregate" -> refresh.put(table, new RefreshDef(
                IntervalText.words(r.getString(7)), IntervalText.words(r.getString(8)),
                IntervalText.words(r.getString(9))));
            default -> { }
          }
        });
    queries.rows("SELECT " + key("view_schema") + ", view_name, view_definition, "
        + "materialized_only, compression_enabled FROM timescaledb_information.continuous_aggregates WHERE "
        + Queries.USER_SCHEMA.replace("n.nspname", "view_schema")
        + " ORDER BY view_schema, view_name", r -> {
          String query = r.getString(3).strip();
          query = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
          aggregates.add(new AggregateNode(r.getString(1), r.getString(2), "", query,
              r.getBoolean(4), refresh.get(qualify(r.getString(1), r.getString(2))),
              // only whether it is on: its settings live on the materialization hypertable
              r.getBoolean(5) ? new CompressionDef(List.of(), List.of()) : null, null));
        });
  }

  /** The schema column as the model names it: empty for the current schema. */
  private static String key(String column) {
    return "CASE WHEN " + String.format(CURRENT, column) + " THEN '' ELSE " + column + " END";
  }

  /** A policy's interval setting as the server prints it (an integer stays one). */
  private static String config(String name) {
    return "CASE jsonb_typeof(config->'" + name + "') WHEN 'string' THEN (config->>'" + name
        + "')::interval::text ELSE config->>'" + name + "' END";
  }

  private static String qualify(String schema, String name) {
    return schema.isEmpty() ? name : schema + "." + name;
  }

  /** {@code table} as a node, with its TimescaleDB settings and without its automatic indexes. */
  TableNode apply(CatalogReader.TableParts table, Map<String, List<IndexDef>> automatic) {
    Hypertable h = hypertables.get(table.qualifiedName());
    TimescaleNode node = null;
    List<IndexDef> indexes = table.indexes;
    if (h != null && h.time != null) {
      node = new TimescaleNode(new HypertableDef(h.time, h.interval, h.space, h.partitions,
          false, h.dimensions), h.compressed ? new CompressionDef(h.segmentBy, h.orderBy) : null,
          h.compressAfter, h.dropAfter, h.reorderIndex);
      indexes = new ArrayList<>();
      for (IndexDef index : table.indexes) {
        if (automatic(table.name, h, index)) {
          automatic.computeIfAbsent(table.qualifiedName(), k -> new ArrayList<>()).add(index);
        } else {
          indexes.add(index);
        }
      }
    }
    return new TableNode(table.schema, table.name, "", table.columns, table.primaryKey,
        table.uniques, table.checks, table.foreignKeys, indexes, node);
  }

  /**
   * TimescaleDB's own index, by the core's rule ({@link AutomaticIndex}); a live name may carry
   * the digits PostgreSQL appends when the name was taken.
   */
  private static boolean automatic(String table, Hypertable h, IndexDef index) {
    HypertableDef dimensions = new HypertableDef(h.time, h.interval, h.space, h.partitions, false);
    String name = index.name().replaceFirst("\\d+$", "");
    return AutomaticIndex.hasDefinition(dimensions, index)
        && AutomaticIndex.names(table, dimensions).contains(name);
  }

  List<AggregateNode> aggregates() {
    return aggregates;
  }
}
