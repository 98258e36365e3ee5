package io.tidemark.catalog;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists the user objects outside Tidemark's model with the SQL that creates each: first what
 * tables may need (extensions, schemas without tables, types, sequences, functions), then what
 * needs the tables (views, triggers). TimescaleDB's own objects, continuous aggregates (which
 * the model holds), sequences of serial columns and standalone sequences the model reads are
 * left out.
 */
final class UnmodelledReader {
  private static final String SCHEMA = "n.nspname";

  private UnmodelledReader() {}

  static List<Unmodelled> read(Queries queries, Set<String> readSequences)
      throws SQLException {
    List<Unmodelled> found = new ArrayList<>();
    queries.rows("SELECT extname, extname FROM pg_extension WHERE extname NOT IN "
        + "('plpgsql', 'timescaledb') ORDER BY extname", r -> found.add(new Unmodelled(
            "extension", r.getString(1), "CREATE EXTENSION IF NOT EXISTS "
            + Queries.quote(r.getString(1)) + ";", true)));
    queries.rows(Queries.USER_TABLES + "SELECT n.nspname FROM pg_namespace n WHERE "
        + Queries.USER_SCHEMA + " AND n.nspname <> 'public' AND "
        + Queries.notFromExtension("pg_namespace", "n.oid")
        + " AND NOT EXISTS (SELECT 1 FROM t WHERE t.nspname = n.nspname) ORDER BY 1",
        r -> found.add(new Unmodelled("schema", r.getString(1), "CREATE SCHEMA IF NOT EXISTS "
            + Queries.quote(r.getString(1)) + ";", true)));
    types(queries, found);
    queries.rows("SELECT c.oid::regclass::text, format_type(s.seqtypid, NULL), s.seqincrement, "
        + "s.seqmin, s.seqmax, s.seqstart, s.seqcache, s.seqcycle FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid"
        + " WHERE c.relkind = 'S' AND " + Queries.USER_SCHEMA + " AND "
        + Queries.notFromExtension("pg_class", "c.oid") + " AND NOT EXISTS (SELECT 1 FROM "
        + "pg_depend i WHERE i.objid = c.oid AND i.deptype = 'i') ORDER BY 1", r -> {
          if (!readSequences.contains(r.getString(1))) {
            found.add(new Unmodelled("sequence", r.getString(1), "CREATE SEQUENCE "
                + r.getString(1) + " AS " + r.getString(2) + " INCREMENT BY " + r.getLong(3)
                + " MINVALUE " + r.getLong(4) + " MAXVALUE " + r.getLong(5) + " START WITH "
                + r.getLong(6) + " CACHE " + r.getLong(7) + (r.getBoolean(8) ? " CYCLE" : "")
                + ";", true));
          }
        });
    queries.rows("SELECT p.oid::regprocedure::text, pg_get_functiondef(p.oid) FROM pg_proc p "
        + "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE p.prokind IN ('f', 'p') AND "
        + Queries.USER_SCHEMA + " AND " + Queries.notFromExtension("pg_proc", "p.oid")
        + " ORDER BY p.oid", r -> found.add(new Unmodelled("function", r.getString(1),
            r.getString(2).strip() + ";", true)));
    String caggs = queries.timescale() ? " AND NOT EXISTS (SELECT 1 FROM "
        + "timescaledb_information.continuous_aggregates a WHERE a.view_schema = n.nspname AND "
        + "a.view_name = c.relname)" : "";
    queries.rows("SELECT c.oid::regclass::text, c.relkind, pg_get_viewdef(c.oid, true) "
        + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN "
        + "('v', 'm') AND " + Queries.USER_SCHEMA + " AND "
        + Queries.notFromExtension("pg_class", "c.oid") + caggs + " ORDER BY c.oid", r -> {
          boolean materialized = r.getString(2).equals("m");
          String query = r.getString(3).strip();
          query = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
          found.add(new Unmodelled(materialized ? "materialized view" : "view", r.getString(1),
              "CREATE " + (materialized ? "MATERIALIZED " : "") + "VIEW " + r.getString(1)
              + " AS\n" + query + (materialized ? "\nWITH NO DATA;" : ";"), false));
        });
    queries.rows(Queries.USER_TABLES + "SELECT t.ref || '.' || g.tgname, "
        + "pg_get_triggerdef(g.oid) FROM t JOIN pg_trigger g ON g.tgrelid = t.oid "
        + "JOIN pg_proc p ON p.oid = g.tgfoid JOIN pg_namespace n ON n.oid = p.pronamespace "
        + "WHERE NOT g.tgisinternal AND " + Queries.USER_SCHEMA + " ORDER BY 1",
        r -> found.add(new Unmodelled("trigger", r.getString(1), r.getString(2) + ";", false)));
    return found;
  }

  /** Domain types and composite types made by CREATE TYPE (enum types are modelled). */
  private static void types(Queries queries, List<Unmodelled> found) throws SQLException {
    queries.rows("SELECT ty.oid::regtype::text, ty.typtype, "
        + "NULL, format_type(ty.typbasetype, ty.typtypmod), ty.typnotnull, "
        + "ARRAY(SELECT 'CONSTRAINT ' || quote_ident(d.conname) || ' ' || pg_get_constraintdef("
        + "d.oid) FROM pg_constraint d WHERE d.contypid = ty.oid ORDER BY d.conname), "
        + "ARRAY(SELECT quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod) "
        + "FROM pg_attribute a WHERE a.attrelid = ty.typrelid AND a.attnum > 0 "
        + "AND NOT a.attisdropped ORDER BY a.attnum) "
        + "FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace "
        + "LEFT JOIN pg_class c ON c.oid = ty.typrelid WHERE (ty.typtype = 'd' OR "
        + "(ty.typtype = 'c' AND c.relkind = 'c')) AND " + Queries.USER_SCHEMA.replace(SCHEMA,
            "n.nspname") + " AND " + Queries.notFromExtension("pg_type", "ty.oid")
        + " ORDER BY ty.oid", r -> {
          String name = r.getString(1);
          String sql = switch (r.getString(2)) {
            case "d" -> "CREATE DOMAIN " + name + " AS " + r.getString(4)
                + (r.getBoolean(5) ? " NOT NULL" : "")
                + Queries.strings(r.getArray(6)).stream().map(c -> " " + c)
                    .reduce("", String::concat) + ";";
            default -> "CREATE TYPE " + name + " AS ("
                + String.join(", ", Queries.strings(r.getArray(7))) + ");";
          };
          found.add(new Unmodelled("type", name, sql, true));
        });
  }
}
