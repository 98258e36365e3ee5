package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.TimescaleNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code @Hypertable} and its {@code @Compression}, checking them against the rules
 * TimescaleDB enforces on the server, so the mistake shows in the IDE instead of at deploy.
 */
final class HypertableReader {
  private final Reporter reporter;
  private final String table;
  private final Map<String, ColumnDef> columns;
  private boolean valid = true;

  HypertableReader(Reporter reporter, String table, Map<String, ColumnDef> columns) {
    this.reporter = reporter;
    this.table = table;
    this.columns = columns;
  }

  /** The hypertable settings, empty when an error was reported. */
  Optional<TimescaleNode> read(
      Ann ht, PrimaryKeyDef pk, List<UniqueDef> uniques, List<IndexDef> indexes) {
    String time = ht.string("timeColumn");
    ColumnDef timeColumn = columns.get(time);
    boolean integerTime = false;
    if (timeColumn == null) {
      fail(Code.TM070, ht.place("timeColumn"), "timeColumn \"" + time + "\" is not a column of"
          + " table " + table + "; name one of: " + String.join(", ", columns.keySet()) + ".");
    } else if (!SqlTypes.isTimeColumnType(timeColumn.type())) {
      fail(Code.TM071, ht.place("timeColumn"), "Time column " + time + " of hypertable " + table
          + " has type " + timeColumn.type() + "; a hypertable is partitioned by a"
          + " timestamptz, timestamp, date, smallint, integer or bigint column (for example an"
          + " Instant field).");
    } else {
      integerTime = SqlTypes.isInteger(timeColumn.type());
      if (timeColumn.nullable()) {
        fail(Code.TM072, ht.place("timeColumn"), "Time column " + time + " of hypertable " + table
            + " is nullable; TimescaleDB requires NOT NULL: write @Column(nullable = false) on it"
            + " or use a primitive type.");
      }
    }
    String partitionColumn = ht.string("partitionColumn");
    int partitions = ht.integer("partitions");
    if (!partitionColumn.isEmpty() && !columns.containsKey(partitionColumn)) {
      fail(Code.TM080, ht.place("partitionColumn"), "partitionColumn \"" + partitionColumn
          + "\" is not a column of table " + table + "; name one of: "
          + String.join(", ", columns.keySet()) + ".");
    }
    if (partitionColumn.isEmpty() != (partitions <= 0)) {
      String attribute = partitionColumn.isEmpty() ? "partitions" : "partitionColumn";
      fail(Code.TM077, ht.place(attribute), "Hypertable " + table + " has partitionColumn = \""
          + partitionColumn + "\" and partitions = " + partitions + "; space partitioning needs"
          + " both: a column and a number of partitions > 0 (or neither).");
    }
    String chunk = interval(ht, "chunkTimeInterval", integerTime);
    if (integerTime && chunk == null && ht.string("chunkTimeInterval").isEmpty()) {
      fail(Code.TM082, ht.place("timeColumn"), "Hypertable " + table + " is partitioned by the"
          + " integer column " + time + ", and TimescaleDB has no default chunk interval for"
          + " integer time: give one in the column's units, for example chunkTimeInterval ="
          + " \"86400\" for seconds.");
    }
    String dropAfter = interval(ht, "dropAfter", integerTime);
    Ann compressed = ht.nested("compression");
    CompressionDef compression = compression(compressed);
    String compressAfter = compression == null ? null : interval(compressed, "after", integerTime);
    List<DimensionDef> dimensions = dimensions(ht, time, partitionColumn);
    Set<String> partitioning = new TreeSet<>(Set.of(time));
    if (!partitionColumn.isEmpty()) {
      partitioning.add(partitionColumn);
    }
    dimensions.forEach(d -> partitioning.add(d.column()));
    checkKeys(ht, partitioning, pk, uniques, indexes);
    String reorder = ht.string("reorderIndex");
    if (!reorder.isEmpty() && indexes.stream().noneMatch(i -> i.name().equals(reorder))) {
      List<String> names = indexes.stream().map(IndexDef::name).toList();
      fail(Code.TM075, ht.place("reorderIndex"), "reorderIndex \"" + reorder + "\" is not an index"
          + " of table " + table + "; declare it with @Index(name = \"" + reorder + "\", ...)"
          + (names.isEmpty() ? "" : " or name one of: " + String.join(", ", names)) + ".");
    }
    if (!valid) {
      return Optional.empty();
    }
    HypertableDef hypertable = new HypertableDef(time, chunk,
        partitionColumn.isEmpty() ? null : partitionColumn, Math.max(partitions, 0), false,
        dimensions);
    return Optional.of(new TimescaleNode(hypertable, compression, compressAfter, dropAfter,
        reorder.isEmpty() ? null : reorder));
  }

  private CompressionDef compression(Ann c) {
    if (!c.bool("enabled")) {
      return null;
    }
    List<String> segmentBy = c.strings("segmentBy");
    for (int i = 0; i < segmentBy.size(); i++) {
      if (!columns.containsKey(segmentBy.get(i))) {
        missing(c, "segmentBy", i, segmentBy.get(i));
      }
    }
    List<String> orderBy = new ArrayList<>();
    List<String> written = c.strings("orderBy");
    for (int i = 0; i < written.size(); i++) {
      Optional<IndexColumn> entry =
          IndexColumn.tryParse(written.get(i)).filter(e -> e.column() != null
              && e.collation() == null && e.opclass() == null);
      if (entry.isEmpty()) {
        fail(Code.TM007, c.place("orderBy", i), "orderBy entry \"" + written.get(i) + "\" of"
            + " hypertable " + table + " is not a column entry; write col [ASC|DESC]"
            + " [NULLS FIRST|LAST], for example \"ts DESC NULLS LAST\".");
      } else if (!columns.containsKey(entry.get().column())) {
        missing(c, "orderBy", i, entry.get().column());
      } else {
        orderBy.add(entry.get().normalized().entry());
      }
    }
    return new CompressionDef(segmentBy, orderBy);
  }

  private void missing(Ann c, String attribute, int i, String column) {
    fail(Code.TM074, c.place(attribute, i), attribute + " entry \"" + column + "\" is not a"
        + " column of hypertable " + table + "; name one of: " + String.join(", ", columns.keySet()) + ".");
  }

  /**
   * The {@code @Dimension}s, each on a column of the table that partitions nothing yet, with
   * exactly one of partitions (by hash) and interval (by range).
   */
  private List<DimensionDef> dimensions(Ann ht, String time, String partitionColumn) {
    Set<String> taken = new TreeSet<>(List.of(time, partitionColumn));
    List<DimensionDef> dimensions = new ArrayList<>();
    for (Ann d : ht.nestedList("dimensions")) {
      String column = d.string("column");
      int partitions = d.integer("partitions");
      boolean range = !d.string("interval").isEmpty();
      if (!columns.containsKey(column) || !taken.add(column)) {
        fail(Code.TM063, ht.place("dimensions"), "@Dimension column \"" + column + "\" of"
            + " hypertable " + table + (columns.containsKey(column) ? " already partitions it"
            : " is not a column of the table") + "; name another of: "
            + String.join(", ", columns.keySet()) + ".");
      } else if (range == partitions > 0 || partitions < 0) {
        fail(Code.TM063, ht.place("dimensions"), "@Dimension on column " + column + " of"
            + " hypertable " + table + " needs either partitions > 0 (by hash) or an interval (by"
            + " range), not " + (range ? "both" : "neither") + ".");
      } else if (range) {
        String interval = interval(d, "interval",
            SqlTypes.isInteger(columns.get(column).type()), Code.TM063);
        if (interval != null) {
          dimensions.add(DimensionDef.byRange(column, interval));
        }
      } else {
        dimensions.add(DimensionDef.byHash(column, partitions));
      }
    }
    return dimensions;
  }

  /** PostgreSQL rejects unique indexes on a hypertable that lack its partitioning columns. */
  private void checkKeys(Ann ht, Set<String> required, PrimaryKeyDef pk,
      List<UniqueDef> uniques, List<IndexDef> indexes) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    if (pk != null) {
      keys.put("primary key " + pk.name(), pk.columns());
    }
    uniques.forEach(u -> keys.put("unique constraint " + u.name(), u.columns()));
    indexes.stream().filter(IndexDef::uniqueIndex).forEach(i -> keys.put("unique index " + i.name(),
        i.columns().stream().map(IndexColumn::parse)
            .map(c -> c.column() != null ? c.column() : c.entry()).toList()));
    keys.forEach((what, cols) -> {
      if (!cols.containsAll(required)) {
        fail(Code.TM073, ht.place("timeColumn"), "The " + what + " (" + String.join(", ", cols)
            + ") of hypertable " + table + " does not include its partitioning column(s) "
            + String.join(", ", required) + "; TimescaleDB rejects it:"
            + " add them to the key or drop the constraint.");
      }
    });
  }

  /** A normalized interval (or integer for integer time columns), {@code null} when empty. */
  private String interval(Ann ann, String attribute, boolean integerTime) {
    return interval(ann, attribute, integerTime, Code.TM076);
  }

  private String interval(Ann ann, String attribute, boolean integerTime, Code code) {
    String text = ann.string(attribute);
    if (text.isEmpty()) {
      return null;
    }
    Optional<String> value = integerTime ? Intervals.integer(text) : Intervals.parse(text);
    if (value.isEmpty()) {
      fail(code, ann.place(attribute), attribute + " = \"" + text + "\" on table " + table
          + " is not a valid " + (integerTime ? "integer interval; the time column is an integer,"
          + " so write a positive number in its units, for example \"86400\"."
          : "interval; write " + Intervals.GRAMMAR + "."));
      return null;
    }
    return value.get();
  }

  private void fail(Code code, Place place, String message) {
    valid = false;
    reporter.error(code, place, message);
  }
}
