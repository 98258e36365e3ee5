package io.tidemark.processor.diff;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the views and continuous aggregates of one schema read (a view its {@code dependsOn},
 * an aggregate the relation it selects FROM), and how deep each stands on others, so that
 * they are dropped dependents first and created dependencies first.
 */
final class Dependencies {
  /** {@code SELECT *}, {@code , *} or {@code t.*}: a query that reads every column. */
  private static final Pattern ALL_COLUMNS =
      Pattern.compile("(?i)(\\bselect\\s+(distinct\\s+)?\\*|,\\s*\\*|\\.\\s*\\*)");

  private final Map<String, List<String>> reads = new HashMap<>();
  private final Map<String, String> queries = new HashMap<>();
  private final Map<String, Integer> depths = new HashMap<>();

  Dependencies(Schema schema) {
    List<String> names = new ArrayList<>();
    schema.tables().forEach(t -> names.add(t.qualifiedName()));
    schema.aggregates().forEach(a -> names.add(a.qualifiedName()));
    schema.views().forEach(v -> names.add(v.qualifiedName()));
    for (AggregateNode aggregate : schema.aggregates()) {
      String source = resolve(aggregate.source(), names);
      reads.put(aggregate.qualifiedName(), source == null ? List.of() : List.of(source));
      queries.put(aggregate.qualifiedName(), aggregate.query());
    }
    for (ViewNode view : schema.views()) {
      reads.put(view.qualifiedName(), view.dependsOn());
      queries.put(view.qualifiedName(), view.query());
    }
  }

  /** {@code source} as one of {@code names}: itself, or the only name it is the unqualified part of. */
  private static String resolve(String source, List<String> names) {
    if (source == null || names.contains(source)) {
      return source;
    }
    List<String> matches = names.stream()
        .filter(n -> !source.contains(".") && n.endsWith("." + source)).toList();
    return matches.size() == 1 ? matches.get(0) : null;
  }

  /** The relations {@code derived} reads; empty for a table. */
  List<String> reads(String derived) {
    return reads.getOrDefault(derived, List.of());
  }

  /** 0 for a table, else one more than the deepest view or aggregate it reads. */
  int depth(String name) {
    return depth(name, new HashSet<>());
  }

  private int depth(String name, Set<String> visiting) {
    Integer known = depths.get(name);
    if (known != null) {
      return known;
    }
    if (!reads.containsKey(name) || !visiting.add(name)) {
      return 0;
    }
    int depth = 1;
    for (String dependency : reads(name)) {
      depth = Math.max(depth, depth(dependency, visiting) + 1);
    }
    visiting.remove(name);
    depths.put(name, depth);
    return depth;
  }

  /** Whether the query of {@code derived} names one of {@code columns} or reads them all. */
  boolean readsAny(String derived, Set<String> columns) {
    String query = queries.get(derived);
    if (query == null || columns.isEmpty()) {
      return false;
    }
    if (ALL_COLUMNS.matcher(query).find()) {
      return true;
    }
    String lower = query.toLowerCase(Locale.ROOT);
    for (String column : columns) {
      if (Pattern.compile("(?<![A-Za-z0-9_$])\"?" + Pattern.quote(column.toLowerCase(Locale.ROOT))
          + "\"?(?![A-Za-z0-9_$])").matcher(lower).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The columns of a kept table that a view reading them cannot survive: renamed (both names),
   * dropped, or of another type; all of them when the table is rebuilt as a plain table.
   */
  static Set<String> changedColumns(TableNode previous, TableNode mapped, TableNode current) {
    Set<String> changed = new HashSet<>();
    Map<String, ColumnDef> now = new HashMap<>();
    current.columns().forEach(c -> now.put(c.name(), c));
    // converted back to a plain table (or back and forth), the table is dropped and re-created
    boolean replaced = mapped.hypertable() != null && (current.hypertable() == null
        || !mapped.hypertable().dimensions().timeColumn()
            .equals(current.hypertable().dimensions().timeColumn())
        || !Objects.equals(mapped.hypertable().dimensions().partitionColumn(),
            current.hypertable().dimensions().partitionColumn()));
    for (int i = 0; i < previous.columns().size(); i++) {
      ColumnDef then = previous.columns().get(i);
      ColumnDef renamed = mapped.columns().get(i);
      ColumnDef column = now.get(renamed.name());
      if (replaced || !then.name().equals(renamed.name()) || column == null
          || !column.type().equals(then.type())) {
        changed.add(then.name());
        changed.add(renamed.name());
      }
    }
    return changed;
  }

  /**
   * The views and aggregates of both schemas that are dropped and created again: those
   * {@code redefined}, those reading a column of {@code changedColumns} (by table), and those
   * reading one of these or a relation in {@code dropped}, transitively.
   */
  /**
   * The names of {@code previous} whose element is still in {@code current} (matched by
   * {@code name}) but with another definition: views and aggregates whose query changed.
   */
  static <T> Set<String> redefined(List<T> previous, List<T> current,
      Function<T, String> name, BiPredicate<T, T> sameDefinition) {
    Map<String, T> after = new HashMap<>();
    current.forEach(t -> after.put(name.apply(t), t));
    Set<String> names = new HashSet<>();
    for (T then : previous) {
      T now = after.get(name.apply(then));
      if (now != null && !sameDefinition.test(then, now)) {
        names.add(name.apply(then));
      }
    }
    return names;
  }

  static Set<String> rebuilt(Dependencies before, Dependencies after,
      Map<String, Set<String>> changedColumns, Set<String> redefined, Set<String> dropped) {
    Set<String> both = new HashSet<>(after.reads.keySet());
    both.retainAll(before.reads.keySet());
    Set<String> rebuilt = new HashSet<>(redefined);
    for (String name : both) {
      for (String table : after.reads(name)) {
        Set<String> columns = changedColumns.getOrDefault(table, Set.of());
        if (after.readsAny(name, columns) || before.readsAny(name, columns)) {
          rebuilt.add(name);
        }
      }
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String name : both) {
        if (rebuilt.contains(name)) {
          continue;
        }
        List<String> reads = new ArrayList<>(after.reads(name));
        reads.addAll(before.reads(name));
        if (reads.stream().anyMatch(r -> rebuilt.contains(r) || dropped.contains(r))) {
          grew = rebuilt.add(name);
        }
      }
    }
    return rebuilt;
  }
}
