package io.tidemark.importer;

import io.tidemark.catalog.Catalog;
import io.tidemark.catalog.Unmodelled;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateEnumType;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateSequence;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.dialect.Naming;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a live catalog into what entity annotations express and what they cannot: an index on
 * an expression, a foreign key over several columns or a second one on the same column go to
 * the objects outside the model (with the SQL that creates them), after the catalog's own
 * list; a primary key whose name or column order {@code @Id} cannot give is listed with a
 * comment. What the entity writer does not declare yet (enum types, keys with equal nulls or
 * on an index, deferrable foreign keys, indexes on expressions) is listed the same way. A reorder policy on TimescaleDB's automatic index declares that index, so the
 * {@code reorderIndex} names an index of the model.
 */
public record ImportPlan(Schema schema, List<Unmodelled> unmodelled) {
  private static final PostgresDialect DIALECT = new PostgresDialect();

  public ImportPlan {
    unmodelled = List.copyOf(unmodelled);
  }

  /** The plan for {@code catalog}. */
  public static ImportPlan of(Catalog catalog) {
    List<Unmodelled> before = new ArrayList<>();
    List<Unmodelled> after = new ArrayList<>();
    catalog.unmodelled().forEach(u -> (u.beforeTables() ? before : after).add(u));
    List<Unmodelled> tableParts = new ArrayList<>();
    List<TableNode> tables = new ArrayList<>();
    for (TableNode table : catalog.schema().tables()) {
      tables.add(table(table, catalog.automaticIndexes(table.qualifiedName()), tableParts));
    }
    List<Unmodelled> all = new ArrayList<>();
    // Enum types are listed until the entities declare them (@EnumType): never lost.
    for (EnumNode type : catalog.schema().enums()) {
      all.add(unmodelled("type", type.qualifiedName(),
          new CreateEnumType(type.qualifiedName(), type.values()), true));
    }
    // a sequence no table owns or draws from has no entity to declare it
    List<SequenceDef> sequences = new ArrayList<>();
    for (SequenceDef sequence : catalog.schema().sequences()) {
      if (SequenceAnnotations.home(sequence, tables) != null) {
        sequences.add(sequence);
      } else {
        all.add(unmodelled("sequence", sequence.name(), new CreateSequence(sequence), true));
      }
    }
    all.addAll(before);
    all.addAll(tableParts);
    all.addAll(after);
    return new ImportPlan(new Schema(tables, catalog.schema().aggregates(), List.of(), List.of(),
        sequences), all);
  }

  /** Whether {@code index} lists columns only, as {@code @Index} does. */
  static boolean columnsOnly(IndexDef index) {
    return index.columns().stream().allMatch(entry -> IndexColumn.tryParse(entry)
        .map(c -> c.column() != null).orElse(false));
  }

  private static TableNode table(TableNode table, List<IndexDef> automatic,
      List<Unmodelled> unmodelled) {
    String name = table.qualifiedName();
    PrimaryKeyDef primaryKey = table.primaryKey();
    if (primaryKey != null) {
      List<String> fieldOrder = table.columns().stream().map(ColumnDef::name)
          .filter(primaryKey.columns()::contains).toList();
      String declared = Naming.constraint(table.name(), List.of(), "pkey");
      if (!fieldOrder.equals(primaryKey.columns()) || !primaryKey.name().equals(declared)) {
        unmodelled.add(new Unmodelled("primary key", name + "." + primaryKey.name(),
            "-- primary key " + primaryKey.name() + " (" + String.join(", ",
            primaryKey.columns()) + ") is declared by @Id as "
            + declared + " (" + String.join(", ", fieldOrder) + "), its columns in field "
            + "order; rename or recreate it here by hand if that matters", false));
      }
    }
    List<UniqueDef> uniques = new ArrayList<>();
    for (UniqueDef unique : table.uniques()) {
      if (unique.index() == null && !unique.equalNulls()) {
        uniques.add(unique);
      } else {
        unmodelled.add(unmodelled("unique constraint", name + "." + unique.name(),
            new AddConstraint(name, unique), false));
      }
    }
    List<IndexDef> indexes = new ArrayList<>();
    for (IndexDef index : table.indexes()) {
      if (columnsOnly(index) && !index.equalNulls()) {
        indexes.add(index);
      } else {
        unmodelled.add(unmodelled("index", name + "." + index.name(),
            new CreateIndex(name, index), false));
      }
    }
    TimescaleNode hypertable = table.hypertable();
    if (hypertable != null && hypertable.reorderIndex() != null) {
      automatic.stream().filter(i -> i.name().equals(hypertable.reorderIndex()))
          .forEach(indexes::add);
    }
    List<ForeignKeyDef> keys = new ArrayList<>();
    Set<String> referencing = new HashSet<>();
    for (ForeignKeyDef key : table.foreignKeys()) {
      if (key.columns().size() == 1 && !key.deferrable()
          && referencing.add(key.columns().get(0))) {
        keys.add(key);
      } else {
        unmodelled.add(unmodelled("foreign key", name + "." + key.name(),
            new AddConstraint(name, key), false));
      }
    }
    return new TableNode(table.schema(), table.name(), table.entity(), table.columns(),
        table.primaryKey(), uniques, table.checks(), keys, indexes, hypertable, table.comment());
  }

  private static Unmodelled unmodelled(String kind, String name, Operation create,
      boolean beforeTables) {
    String sql = DIALECT.render(create).stream().map(Statement::sql)
        .collect(Collectors.joining(";\n", "", ";"));
    return new Unmodelled(kind, name, sql, beforeTables);
  }
}
