package io.tidemark.processor.diff;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.CreateExtension;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.CreateView;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameTable;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two snapshots into upgrade ops (ordered by {@link Phase}), downgrade ops (their
 * reverses in reverse order) and findings. Ops that a later drop of their table or view makes
 * pointless are left out of both lists, so dropping a compressed hypertable is one drop, not a
 * decompression.
 */
public final class SchemaDiffer {
  private SchemaDiffer() {}

  public static DiffResult diff(Schema previous, Schema current, Renames renames) {
    Plan plan = new Plan();
    Map<String, TableNode> before = new LinkedHashMap<>();
    previous.tables().forEach(t -> before.put(t.qualifiedName(), normalize(t)));
    RenameMap renameMap = new RenameMap();
    List<Kept> kept = new ArrayList<>();
    Set<String> keptNames = new HashSet<>();
    List<TableNode> created = new ArrayList<>();
    for (TableNode declared : current.tables()) {
      TableNode table = normalize(declared);
      TableNode then = matchPrevious(table, before, renames, renameMap, plan);
      if (then == null) {
        created.add(table);
      } else {
        keptNames.add(then.qualifiedName());
        renameColumns(then, table, renames, renameMap, plan);
        kept.add(new Kept(then, table));
      }
    }
    Set<String> rebuiltKeys = new HashSet<>();
    List<Kept> changed = new ArrayList<>();
    for (Kept pair : kept) {
      pair.mapped = renameMap.apply(pair.previous);
      if (!pair.mapped.equals(pair.current)) {
        changed.add(pair);
        if (TableDiffer.rebuildsKeys(pair.previous, pair.mapped, pair.current)) {
          rebuiltKeys.add(pair.current.qualifiedName());
        }
      }
    }
    TableDiffer tables = new TableDiffer(plan, rebuiltKeys);
    for (TableNode then : before.values()) {
      if (!keptNames.contains(then.qualifiedName())) {
        tables.dropped(then);
      }
    }
    created.forEach(tables::created);
    if (rebuiltKeys.isEmpty()) {
      changed.forEach(pair -> tables.kept(pair.previous, pair.mapped, pair.current));
    } else {
      kept.forEach(pair -> tables.kept(pair.previous, pair.mapped, pair.current));
    }
    derived(previous, current, kept, plan);
    new EnumDiffer(plan).diff(previous, current, renames);
    new SequenceDiffer(plan, renameMap).diff(previous.sequences(), current.sequences());
    schemas(previous, current, plan);
    timescale(previous, current, plan);

    return new DiffResult(prune(plan.ops()), prune(plan.downgrade()), plan.findings());
  }

  /** A table in both snapshots: as it was, as it was under the new names, as it is. */
  private static final class Kept {
    final TableNode previous;
    final TableNode current;
    TableNode mapped;

    Kept(TableNode previous, TableNode current) {
      this.previous = previous;
      this.current = current;
    }
  }

  /** The previous table that {@code table} continues, under its own or its former name. */
  private static TableNode matchPrevious(TableNode table, Map<String, TableNode> before,
      Renames renames, RenameMap renameMap, Plan plan) {
    String name = table.qualifiedName();
    String old = renames.tables().get(name);
    if (old == null || old.equals(name) || !before.containsKey(old) || before.containsKey(name)) {
      return before.get(name);
    }
    TableNode then = before.get(old);
    if (!then.schema().equals(table.schema())) {
      plan.report(DiffCode.RENAME_ACROSS_SCHEMAS, name, null, "table " + name + " is declared as"
          + " renamed from " + old + ", which is in another schema: a rename keeps the schema;"
          + " keep schema \"" + then.schema() + "\" in this revision and move the table with"
          + " op.sql(\"ALTER TABLE ... SET SCHEMA ...\") in a hand-written revision");
      return null;
    }
    renameMap.renameTable(old, table);
    plan.add(Phase.RENAME_TABLE, new RenameTable(old, table.name()));
    return then;
  }

  private static void renameColumns(TableNode then, TableNode table, Renames renames,
      RenameMap renameMap, Plan plan) {
    Map<String, String> columns = renames.columns().get(table.qualifiedName());
    if (columns == null || columns.isEmpty()) {
      return;
    }
    Set<String> old = new HashSet<>();
    then.columns().forEach(c -> old.add(c.name()));
    for (ColumnDef column : table.columns()) {
      String from = columns.get(column.name());
      if (from != null && !from.equals(column.name()) && old.contains(from)
          && !old.contains(column.name())) {
        renameMap.renameColumn(then.qualifiedName(), from, column.name());
        plan.add(Phase.RENAME_COLUMN, new RenameColumn(table.qualifiedName(), from, column.name()));
      }
    }
  }

  /**
   * Views and continuous aggregates: those whose definition changes, those that read a column
   * that changes under them and those that read one of these are dropped and created again.
   */
  private static void derived(Schema previous, Schema current, List<Kept> kept, Plan plan) {
    Dependencies before = new Dependencies(previous);
    Dependencies after = new Dependencies(current);
    Map<String, Set<String>> changedColumns = new HashMap<>();
    for (Kept pair : kept) {
      changedColumns.put(pair.current.qualifiedName(),
          Dependencies.changedColumns(pair.previous, pair.mapped, pair.current));
    }
    Set<String> redefined = new HashSet<>(Dependencies.redefined(previous.aggregates(),
        current.aggregates(), AggregateNode::qualifiedName,
        (then, now) -> then.query().strip().equals(now.query().strip())));
    redefined.addAll(Dependencies.redefined(previous.views(), current.views(),
        ViewNode::qualifiedName, (then, now) -> then.createView().equals(now.createView())));
    Set<String> dropped = new HashSet<>();
    previous.aggregates().forEach(a -> dropped.add(a.qualifiedName()));
    previous.views().forEach(v -> dropped.add(v.qualifiedName()));
    current.aggregates().forEach(a -> dropped.remove(a.qualifiedName()));
    current.views().forEach(v -> dropped.remove(v.qualifiedName()));
    Set<String> rebuilt = Dependencies.rebuilt(before, after, changedColumns, redefined, dropped);
    new AggregateDiffer(plan, before, after, rebuilt)
        .diff(previous.aggregates(), current.aggregates());
    new ViewDiffer(plan, before, after, rebuilt).diff(previous.views(), current.views());
  }

  /** A schema is created when a table or view first uses it and dropped when the last one leaves. */
  private static void schemas(Schema previous, Schema current, Plan plan) {
    Set<String> then = schemaNames(previous);
    Set<String> now = schemaNames(current);
    for (String schema : now) {
      if (!then.contains(schema)) {
        plan.add(Phase.CREATE_SCHEMA, new CreateSchema(schema));
      }
    }
    for (String schema : then) {
      if (!now.contains(schema)) {
        plan.add(Phase.DROP_SCHEMA, new DropSchema(schema));
      }
    }
  }

  /**
   * The first revision with a hypertable or a continuous aggregate creates the TimescaleDB
   * extension if the database does not have it; a downgrade leaves it.
   */
  private static void timescale(Schema previous, Schema current, Plan plan) {
    if (!usesTimescale(previous) && usesTimescale(current)) {
      plan.add(Phase.CREATE_EXTENSION, new CreateExtension("timescaledb"));
    }
  }

  private static boolean usesTimescale(Schema schema) {
    return !schema.aggregates().isEmpty()
        || schema.tables().stream().anyMatch(t -> t.hypertable() != null);
  }

  private static Set<String> schemaNames(Schema schema) {
    Set<String> names = new TreeSet<>();
    schema.tables().forEach(t -> names.add(t.schema()));
    schema.aggregates().forEach(a -> names.add(a.schema()));
    schema.enums().forEach(e -> names.add(e.schema()));
    schema.views().forEach(v -> names.add(v.schema()));
    schema.sequences().forEach(s -> {
      int dot = s.name().indexOf('.');
      names.add(dot < 0 ? "" : s.name().substring(0, dot));
    });
    names.remove("");
    return names;
  }

  /**
   * Leaves out ops that only change a table or view which the same list drops later (without
   * re-creating it in between): the drop takes them along.
   */
  static List<Operation> prune(List<Operation> ops) {
    Set<String> droppedLater = new HashSet<>();
    List<Operation> kept = new ArrayList<>(ops.size());
    for (int i = ops.size() - 1; i >= 0; i--) {
      Operation op = ops.get(i);
      if (op instanceof DropTable || op instanceof DropContinuousAggregate
          || op instanceof DropView) {
        droppedLater.add(op.subject());
      } else if (op instanceof CreateTable || op instanceof CreateContinuousAggregate
          || op instanceof CreateView) {
        droppedLater.remove(op.subject());
      } else if (op.localToSubject() && droppedLater.contains(op.subject())) {
        continue;
      }
      kept.add(op);
    }
    Collections.reverse(kept);
    return kept;
  }

  /** Absent TimescaleDB settings as {@code null}, whether the snapshot wrote them empty or null. */
  private static TableNode normalize(TableNode table) {
    TimescaleNode h = table.hypertable();
    if (h == null) {
      return table;
    }
    HypertableDef d = h.dimensions();
    TimescaleNode normal = new TimescaleNode(
        new HypertableDef(d.timeColumn(), Sql.absent(d.chunkTimeInterval()),
            Sql.absent(d.partitionColumn()), d.partitions(), d.migrate(), d.dimensions()),
        h.compression(), Sql.absent(h.compressAfter()), Sql.absent(h.dropAfter()),
        Sql.absent(h.reorderIndex()));
    return normal.equals(h) ? table : new TableNode(table.schema(), table.name(), table.entity(),
        table.columns(), table.primaryKey(), table.uniques(), table.checks(), table.foreignKeys(),
        table.indexes(), normal);
  }
}
