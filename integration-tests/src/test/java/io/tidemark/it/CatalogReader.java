package io.tidemark.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the live schema of a PostgreSQL database through the system catalogs, the way
 * PostgreSQL itself prints it ({@code format_type}, {@code pg_get_expr},
 * {@code pg_get_constraintdef}, {@code pg_get_indexdef}), leaving out system schemas and the
 * version table.
 */
final class CatalogReader {
  static final String VERSION_TABLE = "tidemark_version";

  private CatalogReader() {}

  static Catalog read(Connection c) throws SQLException {
    List<String> schemas = strings(c, """
        select nspname from pg_namespace
        where nspname not like 'pg\\_%' and nspname <> 'information_schema'
        order by nspname""");
    Map<String, Catalog.Table> tables = new LinkedHashMap<>();
    try (ResultSet rs = c.createStatement().executeQuery("""
        select c.oid, n.nspname, c.relname,
               case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
                 || case when c.relispopulated then ' with data' else ' with no data' end end
                 || ' ' || pg_get_viewdef(c.oid),
               obj_description(c.oid, 'pg_class')
        from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm')
          and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
          and c.relname <> '""" + VERSION_TABLE + "' order by n.nspname, c.relname")) {
      while (rs.next()) {
        long oid = rs.getLong(1);
        tables.put(rs.getString(2) + "." + rs.getString(3),
            new Catalog.Table(columns(c, oid), constraints(c, oid), indexes(c, oid),
                rs.getString(4), rs.getString(5)));
      }
    }
    List<String> enums = strings(c, """
        select n.nspname || '.' || t.typname || ' ' || array(select e.enumlabel from pg_enum e
          where e.enumtypid = t.oid order by e.enumsortorder)::text
        from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where t.typtype = 'e' and n.nspname not like 'pg\\_%'
          and n.nspname <> 'information_schema' and not exists (select 1 from pg_depend d
            where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
        order by 1""");
    List<String> sequences = strings(c, """
        select n.nspname || '.' || c.relname || ' ' || format_type(s.seqtypid, null)
               || ' start ' || s.seqstart || ' increment ' || s.seqincrement || ' min '
               || s.seqmin || ' max ' || s.seqmax || ' cache ' || s.seqcache
               || case when s.seqcycle then ' cycle' else '' end
               || coalesce((select ' owned by ' || o.refobjid::regclass::text || '.' || a.attname
                 from pg_depend o join pg_attribute a on a.attrelid = o.refobjid
                   and a.attnum = o.refobjsubid
                 where o.classid = 'pg_class'::regclass and o.objid = c.oid
                   and o.deptype = 'a'), '')
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_sequence s on s.seqrelid = c.oid
        where c.relkind = 'S' and not exists (select 1 from pg_depend i
          where i.objid = c.oid and i.deptype in ('i', 'e'))
          and n.nspname not like 'pg\\_%' and n.nspname not like '\\_timescaledb\\_%'
        order by 1""");
    return new Catalog(schemas, tables, enums, sequences);
  }

  private static List<Catalog.Column> columns(Connection c, long table) throws SQLException {
    List<Catalog.Column> columns = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("""
        select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
               pg_get_expr(d.adbin, d.adrelid), a.attgenerated <> '',
               case a.attidentity when 'a' then 'ALWAYS' when 'd' then 'BY DEFAULT' end
               || (select concat_ws(' ', '', format_type(s.seqtypid, null), 'start', s.seqstart,
                     'increment', s.seqincrement, 'min', s.seqmin, 'max', s.seqmax,
                     'cache', s.seqcache, case when s.seqcycle then 'cycle' end)
                   from pg_sequence s where s.seqrelid = pg_get_serial_sequence(
                     a.attrelid::regclass::text, a.attname)::regclass),
               col_description(a.attrelid, a.attnum)
        from pg_attribute a
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where a.attrelid = ? and a.attnum > 0 and not a.attisdropped
        order by a.attname""")) {
      ps.setLong(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          boolean generated = rs.getBoolean(5);
          columns.add(new Catalog.Column(rs.getString(1), rs.getString(2), !rs.getBoolean(3),
              generated ? null : rs.getString(4), generated ? rs.getString(4) : null,
              rs.getString(6), rs.getString(7)));
        }
      }
    }
    return columns;
  }

  private static List<String> constraints(Connection c, long table) throws SQLException {
    return strings(c, "select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
        + " where conrelid = " + table + " order by conname");
  }

  private static List<String> indexes(Connection c, long table) throws SQLException {
    return strings(c, "select pg_get_indexdef(i.indexrelid) from pg_index i"
        + " join pg_class x on x.oid = i.indexrelid where i.indrelid = " + table
        + " order by x.relname");
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        values.add(rs.getString(1));
      }
    }
    return values;
  }
}
