package io.tidemark.processor.lint;

import io.tidemark.ddl.Operation;
import io.tidemark.snapshot.Schema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs every rule over the upgrade ops of one change, from {@code previous} to {@code current},
 * in op order; a rule reports one column or table once, at its first op.
 */
final class Linter {
  private Linter() {}

  static List<Violation> lint(Schema previous, Schema current, List<Operation> upgrade) {
    Change change = new Change(previous, current, upgrade);
    List<Violation> found = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    Consumer<Violation> out = v -> {
      if (seen.add(Arrays.asList(v.rule(), v.table(), v.column()))) {
        found.add(v);
      }
    };
    ColumnRules columns = new ColumnRules(change, out);
    TableRules tables = new TableRules(change, out);
    for (int i = 0; i < upgrade.size(); i++) {
      columns.check(i, upgrade.get(i));
      tables.check(i, upgrade.get(i));
    }
    return found;
  }
}
