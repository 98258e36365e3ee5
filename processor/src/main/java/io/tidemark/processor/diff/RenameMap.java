package io.tidemark.processor.diff;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The renames that apply to one diff, keyed by OLD names, and the previous snapshot's tables
 * translated into new names, so that a renamed table or column compares equal to its new
 * declaration and only real changes become ops. PostgreSQL keeps constraints, indexes and
 * foreign keys attached through a rename, which is why the translation is sound.
 */
final class RenameMap {
  /** Old qualified table name to the current table it became. */
  private final Map<String, TableNode> tables = new HashMap<>();
  /** Old qualified table name to (old column name to new column name). */
  private final Map<String, Map<String, String>> columns = new HashMap<>();

  void renameTable(String oldName, TableNode current) {
    tables.put(oldName, current);
  }

  void renameColumn(String oldTable, String oldColumn, String newColumn) {
    columns.computeIfAbsent(oldTable, t -> new HashMap<>()).put(oldColumn, newColumn);
  }

  String table(String oldName) {
    TableNode renamed = tables.get(oldName);
    return renamed == null ? oldName : renamed.qualifiedName();
  }

  String column(String oldTable, String oldColumn) {
    return columns.getOrDefault(oldTable, Map.of()).getOrDefault(oldColumn, oldColumn);
  }

  /** {@code previous} under the names it has after the renames. */
  TableNode apply(TableNode previous) {
    String old = previous.qualifiedName();
    TableNode renamed = tables.get(old);
    if (tables.isEmpty() && columns.isEmpty()) {
      return previous;
    }
    return new TableNode(
        renamed == null ? previous.schema() : renamed.schema(),
        renamed == null ? previous.name() : renamed.name(),
        previous.entity(),
        previous.columns().stream()
            .map(c -> c.rename(column(old, c.name())))
            .toList(),
        previous.primaryKey() == null ? null
            : new PrimaryKeyDef(previous.primaryKey().name(), columns(old, previous.primaryKey().columns())),
        previous.uniques().stream().map(u -> new UniqueDef(u.name(), columns(old, u.columns()), null,
            u.equalNulls())).toList(),
        previous.checks(),
        previous.foreignKeys().stream().map(k -> new ForeignKeyDef(k.name(), columns(old, k.columns()),
            table(k.refTable()), columns(k.refTable(), k.refColumns()), k.onDelete(), k.onUpdate(),
            true, k.deferrable(), k.initiallyDeferred()))
            .toList(),
        previous.indexes().stream().map(i -> new IndexDef(i.name(), entries(old, i.columns()),
            i.uniqueIndex(), i.where(), i.using(), columns(old, i.include()), i.concurrent(), false,
            i.equalNulls()))
            .toList(),
        hypertable(old, previous.hypertable()));
  }

  private TimescaleNode hypertable(String table, TimescaleNode h) {
    if (h == null) {
      return null;
    }
    HypertableDef d = h.dimensions();
    CompressionDef c = h.compression();
    return new TimescaleNode(
        new HypertableDef(column(table, d.timeColumn()), d.chunkTimeInterval(),
            d.partitionColumn() == null ? null : column(table, d.partitionColumn()),
            d.partitions(), d.migrate(), d.dimensions().stream().map(x -> new DimensionDef(
                column(table, x.column()), x.partitions(), x.interval())).toList()),
        c == null ? null
            : new CompressionDef(columns(table, c.segmentBy()), entries(table, c.orderBy())),
        h.compressAfter(),
        h.dropAfter(),
        h.reorderIndex());
  }

  private List<String> columns(String table, List<String> names) {
    return names.stream().map(n -> column(table, n)).toList();
  }

  /** Index-column entries ({@code "ts DESC"}): the column is renamed, expressions stay. */
  private List<String> entries(String table, List<String> entries) {
    return entries.stream().map(e -> {
      IndexColumn entry = IndexColumn.tryParse(e).orElse(null);
      if (entry == null || entry.column() == null) {
        return e;
      }
      String renamed = column(table, entry.column());
      return renamed.equals(entry.column()) ? e : entry.withColumn(renamed).entry();
    }).toList();
  }
}
