package io.tidemark.dialect;

import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index TimescaleDB creates by itself when a table becomes a hypertable, recognized by its
 * name and its definition together, so that a declared index of another definition is never
 * mistaken for it.
 */
public final class AutomaticIndex {
  private AutomaticIndex() {}

  /**
   * Whether {@code index} on {@code table} is the one TimescaleDB creates by itself when the
   * table becomes a hypertable: one of its {@link #names} with its {@link #hasDefinition
   * definition}. The name alone never decides.
   */
  public static boolean is(String table, HypertableDef dimensions, IndexDef index) {
    return names(table, dimensions).contains(index.name())
        && hasDefinition(dimensions, index);
  }

  /** The names TimescaleDB gives its own index on a hypertable of these dimensions. */
  public static List<String> names(String table, HypertableDef dimensions) {
    String time = dimensions.timeColumn();
    String partition = dimensions.partitionColumn();
    return partition == null ? List.of(table + "_" + time + "_idx")
        : List.of(table + "_" + time + "_idx", table + "_" + partition + "_" + time + "_idx");
  }

  /** Whether {@code index} is defined as TimescaleDB defines its own index. */
  public static boolean hasDefinition(HypertableDef dimensions, IndexDef index) {
    if (index.uniqueIndex() || index.where() != null || !index.include().isEmpty()
        || index.using() != null && !index.using().equalsIgnoreCase("btree")) {
      return false;
    }
    List<String> expected = new ArrayList<>();
    if (dimensions.partitionColumn() != null && index.columns().size() == 2) {
      expected.add(dimensions.partitionColumn());
    }
    expected.add(dimensions.timeColumn() + " DESC");
    List<String> actual = new ArrayList<>();
    for (String entry : index.columns()) {
      Optional<IndexColumn> column = IndexColumn.tryParse(entry);
      if (column.isEmpty()) {
        return false;
      }
      actual.add(column.get().normalized().entry());
    }
    List<String> wanted = new ArrayList<>();
    for (String entry : expected) {
      wanted.add(IndexColumn.parse(entry).normalized().entry());
    }
    return actual.equals(wanted);
  }
}
