package io.tidemark.processor.diff;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameIndex;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Decides which constraints and indexes of a kept table are renamed in place: their definition
 * stays and their name changes (a table rename turns {@code users_pkey} into
 * {@code accounts_pkey}). Dropping and adding them instead would rebuild their index. Only a
 * name that leaves the table can become one that arrives, so no rename meets a name still in
 * use, whatever the order; a primary key or unique constraint is renamed as a constraint only,
 * since PostgreSQL renames its index with it.
 */
final class NameChanges {
  /** Every constraint and index name of the table before and after. */
  private final Set<String> before;
  private final Set<String> after;
  private final Map<PrimaryKeyDef, PrimaryKeyDef> primaryKey;
  private final Map<UniqueDef, UniqueDef> uniques;
  private final Map<CheckDef, CheckDef> checks;
  private final Map<ForeignKeyDef, ForeignKeyDef> foreignKeys;
  private final Map<IndexDef, IndexDef> indexes;
  private final List<Operation> ops = new ArrayList<>();

  /**
   * {@code previous} and {@code mapped} are the table before (under old and new column names),
   * {@code current} as declared. Foreign keys to a table in {@code rebuiltKeys} are rebuilt
   * anyway, and the index TimescaleDB creates by itself is never renamed.
   */
  NameChanges(TableNode previous, TableNode mapped, TableNode current, Set<String> rebuiltKeys) {
    before = names(mapped);
    after = names(current);
    primaryKey = pairs(optional(mapped.primaryKey()), optional(current.primaryKey()), PrimaryKeyDef::name,
        k -> new PrimaryKeyDef("", k.columns()), (a, b) -> true);
    uniques = pairs(mapped.uniques(), current.uniques(), UniqueDef::name,
        u -> new UniqueDef("", u.columns(), null, u.equalNulls()), (a, b) -> true);
    checks = pairs(mapped.checks(), current.checks(), CheckDef::name,
        c -> new CheckDef("", c.expression()), (a, b) -> true);
    foreignKeys = pairs(mapped.foreignKeys(), current.foreignKeys(), ForeignKeyDef::name,
        k -> new ForeignKeyDef("", k.columns(), k.refTable(), k.refColumns(), k.onDelete(), k.onUpdate(),
            true, k.deferrable(), k.initiallyDeferred()),
        (a, b) -> !rebuiltKeys.contains(b.refTable()));
    indexes = pairs(mapped.indexes(), current.indexes(), IndexDef::name,
        i -> new IndexDef("", i.columns(), i.uniqueIndex(), i.where(), i.using(), i.include(),
            i.concurrent(), false, i.equalNulls()),
        (a, b) -> !HypertableDiffer.isAutomaticIndex(previous, a)
            && !HypertableDiffer.isAutomaticIndex(current, b));
    String table = current.qualifiedName();
    primaryKey.forEach((from, to) -> ops.add(new RenameConstraint(table, from.name(), to.name())));
    uniques.forEach((from, to) -> ops.add(new RenameConstraint(table, from.name(), to.name())));
    checks.forEach((from, to) -> ops.add(new RenameConstraint(table, from.name(), to.name())));
    foreignKeys.forEach((from, to) -> ops.add(new RenameConstraint(table, from.name(), to.name())));
    indexes.forEach((from, to) -> ops.add(new RenameIndex(table, from.name(), to.name())));
  }

  /** The renames, on the table's current name: constraints first, then indexes. */
  List<Operation> ops() {
    return ops;
  }

  /** {@code current} with each renamed constraint and index under its old name, to compare. */
  TableNode withOldNames(TableNode current) {
    PrimaryKeyDef key = current.primaryKey();
    return new TableNode(current.schema(), current.name(), current.entity(), current.columns(),
        key == null ? null : oldName(optional(key), primaryKey).get(0),
        oldName(current.uniques(), uniques), oldName(current.checks(), checks),
        oldName(current.foreignKeys(), foreignKeys), oldName(current.indexes(), indexes),
        current.hypertable(), current.comment());
  }

  private static <T> List<T> oldName(List<T> items, Map<T, T> pairs) {
    if (pairs.isEmpty()) {
      return items;
    }
    Map<T, T> back = new LinkedHashMap<>();
    pairs.forEach((from, to) -> back.put(to, from));
    return items.stream().map(item -> back.getOrDefault(item, item)).toList();
  }

  /**
   * Pairs each item whose name leaves the table with the first arriving item of the same
   * definition, in name order; both lists are sorted by name.
   */
  private <T> Map<T, T> pairs(List<T> was, List<T> is, Function<T, String> name,
      UnaryOperator<T> definition, BiPredicate<T, T> renamable) {
    Map<T, T> pairs = new LinkedHashMap<>();
    List<T> arriving = new ArrayList<>();
    for (T item : is) {
      if (!before.contains(name.apply(item))) {
        arriving.add(item);
      }
    }
    for (T item : was) {
      if (arriving.isEmpty()) {
        break;
      }
      if (after.contains(name.apply(item))) {
        continue;
      }
      T shape = definition.apply(item);
      for (T candidate : arriving) {
        if (shape.equals(definition.apply(candidate)) && renamable.test(item, candidate)) {
          pairs.put(item, candidate);
          arriving.remove(candidate);
          break;
        }
      }
    }
    return pairs;
  }

  private static Set<String> names(TableNode table) {
    Set<String> names = new HashSet<>();
    if (table.primaryKey() != null) {
      names.add(table.primaryKey().name());
    }
    table.uniques().forEach(u -> names.add(u.name()));
    table.checks().forEach(c -> names.add(c.name()));
    table.foreignKeys().forEach(k -> names.add(k.name()));
    table.indexes().forEach(i -> names.add(i.name()));
    return names;
  }

  private static <T> List<T> optional(T item) {
    return item == null ? List.of() : List.of(item);
  }
}
