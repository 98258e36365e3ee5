package io.tidemark.processor;

import io.tidemark.ddl.SequenceDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Three-way merge of two branch snapshots over their common ancestor, one table or view at a
 * time (tables, views, enum types, sequences): an object changed on one side only takes that side; changed on both sides it must
 * end up equal, else it is a conflict.
 */
final class BranchMerger {
  private BranchMerger() {}

  /** The merged schema, or the names of the conflicting objects. */
  record Result(Schema merged, List<String> conflicts) {
    Result {
      conflicts = List.copyOf(conflicts);
    }
  }

  static Result merge(Schema base, Schema left, Schema right) {
    List<String> conflicts = new ArrayList<>();
    List<TableNode> tables = mergeAll(base.tables(), left.tables(), right.tables(),
        TableNode::qualifiedName, "table ", conflicts);
    List<AggregateNode> views = mergeAll(base.aggregates(), left.aggregates(), right.aggregates(),
        AggregateNode::qualifiedName, "continuous aggregate ", conflicts);
    List<EnumNode> enums = mergeAll(base.enums(), left.enums(), right.enums(),
        EnumNode::qualifiedName, "enum type ", conflicts);
    List<ViewNode> plainViews = mergeAll(base.views(), left.views(), right.views(),
        ViewNode::qualifiedName, "view ", conflicts);
    List<SequenceDef> sequences = mergeAll(base.sequences(), left.sequences(),
        right.sequences(), SequenceDef::name, "sequence ", conflicts);
    return new Result(new Schema(tables, views, enums, plainViews, sequences), conflicts);
  }

  private static <T> List<T> mergeAll(List<T> base, List<T> left, List<T> right,
      Function<T, String> name, String kind, List<String> conflicts) {
    Map<String, T> b = index(base, name);
    Map<String, T> l = index(left, name);
    Map<String, T> r = index(right, name);
    TreeSet<String> names = new TreeSet<>(b.keySet());
    names.addAll(l.keySet());
    names.addAll(r.keySet());
    List<T> result = new ArrayList<>();
    for (String key : names) {
      T was = b.get(key);
      T one = l.get(key);
      T two = r.get(key);
      T merged;
      if (Objects.equals(one, two) || Objects.equals(two, was)) {
        merged = one;
      } else if (Objects.equals(one, was)) {
        merged = two;
      } else {
        conflicts.add(kind + key);
        continue;
      }
      if (merged != null) {
        result.add(merged);
      }
    }
    return result;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> name) {
    Map<String, T> map = new TreeMap<>();
    items.forEach(item -> map.put(name.apply(item), item));
    return map;
  }
}
