package io.tidemark.catalog;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.SequenceOptions;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the columns of the user tables. A column whose default takes the next value of the
 * sequence it owns under the name {@code serial} would give it reads as {@code serial}
 * ({@code smallserial}, {@code bigserial}), as the model writes it; an identity with its
 * sequence's options as the model spells them, a generated column with its expression, and
 * each with its comment.
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
      String sequence = r.getString(9);
      IdentityDef identityDef = null;
      String generatedAs = null;
      if (identity != null && !identity.isEmpty()) {
        identityDef = identity("a".equals(identity), r.getString(11)).canonical(type);
      } else if (generated != null && !generated.isEmpty()) {
        generatedAs = defaultValue;
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
      table.columns.add(new ColumnDef(name, type, !r.getBoolean(4), defaultValue, identityDef,
          generatedAs, r.getString(12)));
    });
  }

  /** An identity from its sequence's {@code start,increment,min,max,cache,cycle}. */
  private static IdentityDef identity(boolean always, String options) {
    String[] o = options.split(",");
    return new IdentityDef(always, new SequenceOptions(Long.valueOf(o[0]), Long.valueOf(o[1]),
        Long.valueOf(o[2]), Long.valueOf(o[3]), Long.valueOf(o[4]), o[5].equals("t")));
  }
}
