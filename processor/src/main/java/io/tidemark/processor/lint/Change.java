package io.tidemark.processor.lint;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RenameTable;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One change as the rules see it: the upgrade ops and the tables before and after, looked up
 * under the names the ops use (drops and decompression run under the old names, the rest under
 * the new ones).
 */
final class Change {
  final List<Operation> ops;
  private final Map<String, TableNode> before = new HashMap<>();
  private final Map<String, TableNode> after = new HashMap<>();
  /** Old qualified name to new, for tables renamed by this change. */
  private final Map<String, String> renamed = new HashMap<>();
  private final Set<String> created = new HashSet<>();

  Change(Schema previous, Schema current, List<Operation> ops) {
    this.ops = List.copyOf(ops);
    for (Operation op : ops) {
      if (op instanceof RenameTable rename) {
        renamed.put(rename.table(), rename.renamed());
      } else if (op instanceof CreateTable create) {
        created.add(create.table());
      }
    }
    previous.tables().forEach(t -> before.put(current(t.qualifiedName()), t));
    current.tables().forEach(t -> after.put(t.qualifiedName(), t));
  }

  /** The name after this change of a table named {@code table} before it. */
  String current(String table) {
    return renamed.getOrDefault(table, table);
  }

  /** The table before this change, by its name after it; null for a new table. */
  TableNode before(String table) {
    return created.contains(table) ? null : before.get(table);
  }

  /** The table after this change; null for a dropped one. */
  TableNode after(String table) {
    return after.get(table);
  }

  /** Whether the table exists before this change and holds rows the change must keep. */
  boolean existing(String table) {
    return before(table) != null;
  }

  /** Whether the table has compression settings both before and after this change. */
  boolean compressedBoth(String table) {
    TableNode then = before(table);
    TableNode now = after(table);
    return then != null && now != null && compressed(then) && compressed(now);
  }

  /**
   * Whether compression is enabled on the table when op number {@code index} runs: it was
   * before the change, and no op before this one disabled it, or one enabled it again (new
   * settings disable compression early in a revision and enable it late).
   */
  boolean compressedAt(String table, int index) {
    TableNode then = before(table);
    boolean compressed = then != null && compressed(then);
    for (Operation op : ops.subList(0, index)) {
      if (op instanceof DisableCompression disable && current(disable.table()).equals(table)) {
        compressed = false;
      } else if (op instanceof EnableCompression enable && enable.table().equals(table)) {
        compressed = true;
      }
    }
    return compressed;
  }

  /** The column after this change, or null. */
  ColumnDef column(String table, String column) {
    TableNode node = after(table);
    return node == null ? null : node.columns().stream()
        .filter(c -> c.name().equals(column)).findFirst().orElse(null);
  }

  private static boolean compressed(TableNode table) {
    return table.hypertable() != null && table.hypertable().compression() != null;
  }
}
