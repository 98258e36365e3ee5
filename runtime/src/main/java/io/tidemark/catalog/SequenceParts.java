package io.tidemark.catalog;

import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the user's standalone sequences of type bigint, as {@code @Sequence} declares them, with
 * the column that owns one; an identity column's sequence and a serial column's are the
 * column's, not standalone.
 */
final class SequenceParts {
  /** Each standalone sequence's name as {@code regclass} prints it. */
  final List<String> names = new ArrayList<>();
  final List<SequenceDef> sequences = new ArrayList<>();

  private static final String OWNER = "FROM pg_depend o JOIN pg_class tc ON tc.oid = o.refobjid "
      + "JOIN pg_namespace tn ON tn.oid = tc.relnamespace JOIN pg_attribute a ON a.attrelid = "
      + "tc.oid AND a.attnum = o.refobjsubid WHERE o.classid = 'pg_class'::regclass AND "
      + "o.objid = c.oid AND o.refclassid = 'pg_class'::regclass AND o.deptype = 'a' "
      + "AND o.refobjsubid > 0 LIMIT 1";

  void read(Queries queries, Set<String> serialSequences) throws SQLException {
    queries.rows("SELECT c.oid::regclass::text, CASE WHEN n.nspname = current_schema() THEN '' "
        + "ELSE n.nspname || '.' END || c.relname, s.seqstart, s.seqincrement, s.seqmin, "
        + "s.seqmax, s.seqcache, s.seqcycle, (SELECT CASE WHEN tn.nspname = current_schema() "
        + "THEN '' ELSE tn.nspname || '.' END || tc.relname " + OWNER + "), "
        + "(SELECT a.attname " + OWNER + ") FROM pg_class c "
        + "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid"
        + " WHERE c.relkind = 'S' AND s.seqtypid = 'bigint'::regtype AND " + Queries.USER_SCHEMA
        + " AND " + Queries.notFromExtension("pg_class", "c.oid") + " AND NOT EXISTS (SELECT 1 "
        + "FROM pg_depend i WHERE i.objid = c.oid AND i.deptype = 'i') ORDER BY 2", r -> {
          if (serialSequences.contains(r.getString(1))) {
            return;
          }
          SequenceOptions options = new SequenceOptions(r.getLong(3), r.getLong(4), r.getLong(5),
              r.getLong(6), r.getLong(7), r.getBoolean(8)).canonical("bigint");
          SequenceDef sequence = new SequenceDef(r.getString(2), options, null, null);
          names.add(r.getString(1));
          sequences.add(r.getString(9) == null ? sequence
              : sequence.ownedBy(r.getString(9), r.getString(10)));
        });
  }
}
