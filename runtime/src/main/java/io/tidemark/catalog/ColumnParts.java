package io.tidemark.catalog;

import io.tidemark.ddl.ColumnDef;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the columns of the user tables. A column whose default takes the next value of the
 * sequence it owns under the name {@code serial} would give it reads as {@code serial}
 * ({@code smallserial}, {@code bigserial}), as the model writes it; identity and generated
 * columns read as plain columns and their property as {@link Unmodelled}.
 */
final class ColumnParts {
  private static final Map<String, String> SERIAL =
      Map.of("smallint", "smallserial", "integer", "serial", "bigint", "bigserial");

  private final Queries queries;
  private final Map<Long, CatalogReader.TableParts> tables;
  private final List<Unmodelled> unmodelled;
  /** The sequences read as part of a serial column. */
  final Set<String> serialSequences = new HashSet<>();

  ColumnParts(Queries queries, Map<Long, CatalogReader.TableParts> tables,
      List<Unmodelled> unmodelled) {
    this.queries = queries;
    this.tables = tables;
    this.unmodelled = unmodelled;
  }

  void read() throws SQLException {
    queries.rows(Queries.COLUMNS, r -> {
      CatalogReader.TableParts table = tables.get(r.getLong(1));
      String name = r.getString(2);
      String type = r.getString(3);
      String defaultValue = r.getString(5);
      String identity = r.getString(6);
      String generated = r.getString(7);
      String ref = r.getString(8);
      String sequence = r.getString(9);
      String column = ref + "." + Queries.quote(name);
      if (identity != null && !identity.isEmpty()) {
        unmodelled.add(new Unmodelled("identity column", table.qualifiedName() + "." + name,
            "ALTER TABLE " + ref + " ALTER COLUMN " + Queries.quote(name) + " ADD GENERATED "
                + ("a".equals(identity) ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY;", false));
      } else if (generated != null && !generated.isEmpty()) {
        unmodelled.add(new Unmodelled("generated column", column, "-- " + column
            + " is GENERATED ALWAYS AS (" + defaultValue + ") STORED; Tidemark models it as a"
            + " plain column: drop and add it here by hand if a fresh database needs it.",
            false));
        defaultValue = null;
      } else if (sequence != null && defaultValue != null
          && defaultValue.equals("nextval('" + sequence + "'::regclass)")) {
        String serialName = Queries.quote(r.getString(10) + "_" + name + "_seq");
        if (SERIAL.containsKey(type) && sequence.endsWith(serialName)) {
          type = SERIAL.get(type);
          defaultValue = null;
          serialSequences.add(sequence);
        }
      }
      table.columns.add(new ColumnDef(name, type, !r.getBoolean(4), defaultValue));
    });
  }
}
