package io.tidemark.catalog;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The differences of one table that both the model and the database have. */
final class TableDrift {
  /** TimescaleDB's chunk interval when none is given. */
  private static final String DEFAULT_CHUNK_INTERVAL = "7 days";

  private final DriftDiffer differ;
  private final TableNode model;
  private final TableNode live;
  private final List<IndexDef> automatic;
  private final String object;
  private final String ref;

  TableDrift(DriftDiffer differ, TableNode model, TableNode live, List<IndexDef> automatic) {
    this.differ = differ;
    this.model = model;
    this.live = live;
    this.automatic = automatic;
    this.object = "table " + model.qualifiedName();
    this.ref = (model.schema().isEmpty() ? "" : Queries.quote(model.schema()) + ".")
        + Queries.quote(model.name());
  }

  void compare() {
    differ.parts(object, "column", model.columns(), live.columns(), ColumnDef::name,
        (m, l) -> differ.column("column " + model.qualifiedName(), ref, m, l));
    if (!Objects.equals(model.primaryKey(), live.primaryKey())) {
      differ.add(object, "primary key is " + (live.primaryKey() == null ? "missing"
          : live.primaryKey().name() + " " + live.primaryKey().columns()) + ", the model has "
          + (model.primaryKey() == null ? "none"
          : model.primaryKey().name() + " " + model.primaryKey().columns()));
    }
    differ.parts(object, "unique constraint", model.uniques(), live.uniques(), UniqueDef::name,
        (m, l) -> differ.unique(object, m, l));
    differ.parts(object, "check", model.checks(), live.checks(), CheckDef::name,
        (m, l) -> differ.check(object, ref, m, l));
    differ.parts(object, "foreign key", model.foreignKeys(), live.foreignKeys(),
        ForeignKeyDef::name, (m, l) -> differ.foreignKey(object, m, l));
    differ.parts(object, "index", model.indexes(), liveIndexes(), IndexDef::name,
        (m, l) -> differ.index(object, ref, m, l));
    hypertable();
  }

  /** The database's indexes, with an automatic one where the model declares its name. */
  private List<IndexDef> liveIndexes() {
    List<IndexDef> indexes = new ArrayList<>(live.indexes());
    for (IndexDef index : automatic) {
      if (model.indexes().stream().anyMatch(i -> i.name().equals(index.name()))) {
        indexes.add(index);
      }
    }
    return indexes;
  }

  private void hypertable() {
    TimescaleNode m = model.hypertable();
    TimescaleNode l = live.hypertable();
    if (m == null || l == null) {
      if (m != l) {
        differ.add(object, m == null ? "is a hypertable, the model has a plain table"
            : "is a plain table, the model has a hypertable on " + m.dimensions().timeColumn());
      }
      return;
    }
    HypertableDef md = m.dimensions();
    HypertableDef ld = l.dimensions();
    if (!md.timeColumn().equals(ld.timeColumn())) {
      differ.add(object, "hypertable time column is " + ld.timeColumn() + ", the model has "
          + md.timeColumn());
    }
    boolean integerTime = ld.chunkTimeInterval() != null
        && ld.chunkTimeInterval().matches("\\d+");
    differ.interval(object, "chunk time interval", blank(md.chunkTimeInterval()),
        ld.chunkTimeInterval(), integerTime ? ld.chunkTimeInterval() : DEFAULT_CHUNK_INTERVAL);
    List<DimensionDef> modelled = spaceDimensions(md);
    List<DimensionDef> found = spaceDimensions(ld);
    if (!sameDimensions(modelled, found)) {
      differ.add(object, md.dimensions().isEmpty() && ld.dimensions().isEmpty()
          ? "space partitioning is " + space(ld) + ", the model has " + space(md)
          : "dimensions beyond time are " + describe(found) + ", the model has "
              + describe(modelled));
    }
    if ((m.compression() == null) != (l.compression() == null)) {
      differ.add(object, m.compression() == null ? "has compression enabled, the model has it off"
          : "has compression off, the model enables it");
    } else if (m.compression() != null) {
      if (!m.compression().segmentBy().equals(l.compression().segmentBy())) {
        differ.add(object, "compression segmentby is " + l.compression().segmentBy()
            + ", the model has " + m.compression().segmentBy());
      }
      if (!m.compression().orderBy().isEmpty()
          && !m.compression().orderBy().equals(l.compression().orderBy())) {
        differ.add(object, "compression orderby is " + l.compression().orderBy()
            + ", the model has " + m.compression().orderBy());
      }
    }
    policy("compression policy", m.compressAfter(), l.compressAfter());
    policy("retention policy", m.dropAfter(), l.dropAfter());
    if (!Objects.equals(blank(m.reorderIndex()), l.reorderIndex())) {
      differ.add(object, "reorder policy is " + (l.reorderIndex() == null ? "missing"
          : "on index " + l.reorderIndex()) + ", the model has " + (blank(m.reorderIndex())
          == null ? "none" : "index " + m.reorderIndex()));
    }
  }

  private void policy(String what, String model, String live) {
    String expected = blank(model);
    if (expected == null || live == null) {
      if (expected != live) {
        differ.add(object, expected == null ? "has a " + what + " (after " + live
            + ") the model does not have" : "has no " + what + "; the model has one after "
            + expected);
      }
      return;
    }
    differ.interval(object, what + " interval", expected, live, null);
  }

  /** Older snapshots wrote absent settings as empty strings. */
  private static String blank(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * The dimensions after time, {@code partitionColumn} first: the catalog cannot tell it from a
   * hash dimension added first, so both spellings compare equal.
   */
  private static List<DimensionDef> spaceDimensions(HypertableDef d) {
    List<DimensionDef> all = new ArrayList<>();
    if (d.partitionColumn() != null && !d.partitionColumn().isEmpty()) {
      all.add(DimensionDef.byHash(d.partitionColumn(), d.partitions()));
    }
    all.addAll(d.dimensions());
    return all;
  }

  private static boolean sameDimensions(List<DimensionDef> model, List<DimensionDef> live) {
    if (model.size() != live.size()) {
      return false;
    }
    for (int i = 0; i < model.size(); i++) {
      DimensionDef m = model.get(i);
      DimensionDef l = live.get(i);
      if (!m.column().equals(l.column()) || m.partitions() != l.partitions()
          || !m.hashed() && !IntervalText.same(m.interval(), l.interval())) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<DimensionDef> dimensions) {
    return dimensions.isEmpty() ? "none" : dimensions.stream().map(d -> d.column()
        + (d.hashed() ? " by hash into " + d.partitions() : " by range of " + d.interval()))
        .toList().toString();
  }

  private static String space(HypertableDef d) {
    return d.partitionColumn() == null ? "none" : d.partitionColumn() + " in " + d.partitions()
        + " partitions";
  }
}
