package io.tidemark.catalog;

import io.tidemark.snapshot.ViewNode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the user's views and materialized views (not continuous aggregates, which TimescaleDB
 * builds from views of its own) with their queries as the server prints them.
 */
final class ViewParts {
  private ViewParts() {}

  static List<ViewNode> read(Queries queries) throws SQLException {
    String caggs = queries.timescale() ? " AND NOT EXISTS (SELECT 1 FROM "
        + "timescaledb_information.continuous_aggregates a WHERE a.view_schema = n.nspname AND "
        + "a.view_name = c.relname)" : "";
    List<ViewNode> views = new ArrayList<>();
    queries.rows("SELECT CASE WHEN n.nspname = current_schema() THEN '' ELSE n.nspname END, "
        + "c.relname, c.relkind, pg_get_viewdef(c.oid, true), c.relispopulated "
        + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN "
        + "('v', 'm') AND " + Queries.USER_SCHEMA + " AND "
        + Queries.notFromExtension("pg_class", "c.oid") + caggs + " ORDER BY 1, 2", r -> {
          boolean materialized = r.getString(3).equals("m");
          String query = r.getString(4).strip();
          query = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
          views.add(new ViewNode(r.getString(1), r.getString(2), "", query, materialized,
              !materialized || r.getBoolean(5), List.of()));
        });
    return views;
  }
}
