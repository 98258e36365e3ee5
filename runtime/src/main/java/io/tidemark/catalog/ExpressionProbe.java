package io.tidemark.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether two SQL texts mean the same to the server ({@code status IN ('a')} and
 * {@code (status = ANY (ARRAY['a'::text]))}, say) by letting it parse both into temporary
 * objects and print them back, inside one transaction that is rolled back: defaults, checks
 * and index predicates on a {@code LIKE} copy of their table, queries as temporary views.
 * Texts that are equal are never sent; one the server rejects is different.
 */
final class ExpressionProbe implements AutoCloseable {
  private final Connection connection;
  private final Map<String, String> probeTables = new HashMap<>();
  private boolean open;
  private int next;

  ExpressionProbe(Connection connection) {
    this.connection = connection;
  }

  boolean sameDefault(String tableRef, String column, String left, String right) {
    return same(left, right, text -> {
      String probe = probeTable(tableRef);
      execute("ALTER TABLE " + probe + " ALTER COLUMN " + Queries.quote(column)
          + " SET DEFAULT " + text);
      return single("SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute"
          + " a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = '" + probe
          + "'::regclass AND a.attname = " + literal(column));
    });
  }

  /** Generated expressions, each as a new generated column of {@code type} on the copy. */
  boolean sameGenerated(String tableRef, String type, String left, String right) {
    return same(left, right, text -> {
      String probe = probeTable(tableRef);
      String name = "tidemark_probe_generated_" + next++;
      execute("ALTER TABLE " + probe + " ADD COLUMN " + name + " " + type
          + " GENERATED ALWAYS AS (" + text + ") STORED");
      return single("SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute"
          + " a ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = '" + probe
          + "'::regclass AND a.attname = " + literal(name));
    });
  }

  boolean sameCheck(String tableRef, String left, String right) {
    return same(left, right, text -> {
      String probe = probeTable(tableRef);
      String name = "tidemark_probe_check_" + next++;
      execute("ALTER TABLE " + probe + " ADD CONSTRAINT " + name + " CHECK (" + text
          + ") NOT VALID");
      return single("SELECT pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conname = '"
          + name + "' AND conrelid = '" + probe + "'::regclass");
    });
  }

  boolean samePredicate(String tableRef, String column, String left, String right) {
    return same(left, right, text -> {
      String probe = probeTable(tableRef);
      String name = "tidemark_probe_index_" + next++;
      execute("CREATE INDEX " + name + " ON " + probe + " (" + Queries.quote(column) + ") WHERE "
          + text);
      return single("SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = '"
          + name + "'::regclass");
    });
  }

  boolean sameQuery(String left, String right) {
    return same(left, right, text -> {
      String name = "tidemark_probe_view_" + next++;
      execute("CREATE TEMPORARY VIEW " + name + " AS " + text);
      return single("SELECT pg_get_viewdef('" + name + "'::regclass, true)");
    });
  }

  /** Prints one text as the server reads it, or fails. */
  private interface Printer {
    String print(String text) throws SQLException;
  }

  private boolean same(String left, String right, Printer printer) {
    if (Objects.equals(left, right)) {
      return true;
    }
    if (left == null || right == null) {
      return false;
    }
    String a = printed(left, printer);
    return a != null && a.equals(printed(right, printer));
  }

  /** The server's reading of {@code text}, or null when it rejects it. */
  private String printed(String text, Printer printer) {
    try {
      begin();
      execute("SAVEPOINT tidemark_probe");
      try {
        String result = printer.print(text);
        execute("RELEASE SAVEPOINT tidemark_probe");
        return result;
      } catch (SQLException e) {
        execute("ROLLBACK TO SAVEPOINT tidemark_probe");
        return null;
      }
    } catch (SQLException e) {
      return null;
    }
  }

  private void begin() throws SQLException {
    if (!open) {
      execute("BEGIN");
      open = true;
    }
  }

  /** A temporary copy of the columns of {@code tableRef}, made once per table. */
  private String probeTable(String tableRef) throws SQLException {
    String probe = probeTables.get(tableRef);
    if (probe == null) {
      probe = "tidemark_probe_" + next++;
      execute("CREATE TEMPORARY TABLE " + probe + " (LIKE " + tableRef + ")");
      probeTables.put(tableRef, probe);
    }
    return probe;
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String single(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /** Rolls back everything the probes made. */
  @Override
  public void close() throws SQLException {
    if (open) {
      open = false;
      probeTables.clear();
      execute("ROLLBACK");
    }
  }
}
