package io.tidemark.snapshot;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import io.tidemark.ddl.UniqueDef;
import java.util.List;

/** Writes the JSON that {@link SnapshotReader} reads, one field per record component. */
final class SnapshotWriter {
  private final JsonOut out;

  private SnapshotWriter(JsonOut out) {
    this.out = out;
  }

  static String write(Schema schema) {
    JsonOut json = new JsonOut();
    new SnapshotWriter(json).schema(schema);
    return json + "\n";
  }

  private void schema(Schema schema) {
    out.beginObject();
    out.name("format").value(SnapshotCodec.FORMAT);
    out.name("tables").beginArray();
    for (TableNode table : schema.tables()) {
      table(table);
    }
    out.endArray();
    out.name("aggregates").beginArray();
    for (AggregateNode aggregate : schema.aggregates()) {
      aggregate(aggregate);
    }
    out.endArray();
    // Written only when there are some, so snapshots without enum types read the same.
    if (!schema.enums().isEmpty()) {
      out.name("enums").beginArray();
      for (EnumNode type : schema.enums()) {
        out.beginObject();
        out.name("schema").value(type.schema());
        out.name("name").value(type.name());
        out.name("entity").value(type.entity());
        strings("values", type.values());
        out.endObject();
      }
      out.endArray();
    }
    // absent when empty, so snapshots written before views existed read and write the same
    if (!schema.views().isEmpty()) {
      out.name("views").beginArray();
      schema.views().forEach(this::view);
      out.endArray();
    }
    // absent when empty, so snapshots written before sequences existed read and write the same
    if (!schema.sequences().isEmpty()) {
      out.name("sequences").beginArray();
      schema.sequences().forEach(this::sequence);
      out.endArray();
    }
    out.endObject();
  }

  private void table(TableNode table) {
    out.beginObject();
    out.name("schema").value(table.schema());
    out.name("name").value(table.name());
    out.name("entity").value(table.entity());
    out.name("columns").beginArray();
    for (ColumnDef column : table.columns()) {
      out.beginObject();
      out.name("name").value(column.name());
      out.name("type").value(column.type());
      out.name("nullable").value(column.nullable());
      out.name("defaultValue").value(column.defaultValue());
      if (column.identity() != null) {
        identity(column.identity());
      }
      if (column.generatedAs() != null) {
        out.name("generatedAs").value(column.generatedAs());
      }
      out.endObject();
    }
    out.endArray();
    out.name("primaryKey");
    if (table.primaryKey() == null) {
      out.nullValue();
    } else {
      out.beginObject();
      out.name("name").value(table.primaryKey().name());
      strings("columns", table.primaryKey().columns());
      out.endObject();
    }
    out.name("uniques").beginArray();
    for (UniqueDef unique : table.uniques()) {
      out.beginObject();
      out.name("name").value(unique.name());
      strings("columns", unique.columns());
      flag("nullsNotDistinct", unique.equalNulls());
      out.endObject();
    }
    out.endArray();
    out.name("checks").beginArray();
    for (CheckDef check : table.checks()) {
      out.beginObject();
      out.name("name").value(check.name());
      out.name("expression").value(check.expression());
      out.endObject();
    }
    out.endArray();
    out.name("foreignKeys").beginArray();
    for (ForeignKeyDef key : table.foreignKeys()) {
      foreignKey(key);
    }
    out.endArray();
    out.name("indexes").beginArray();
    for (IndexDef index : table.indexes()) {
      index(index);
    }
    out.endArray();
    out.name("hypertable");
    hypertable(table.hypertable());
    out.endObject();
  }

  /** Written only for an identity column, so snapshots without one read as before. */
  private void identity(IdentityDef identity) {
    out.name("identity").beginObject();
    out.name("always").value(identity.always());
    options(identity.options());
    out.endObject();
  }

  private void options(SequenceOptions options) {
    optional("start", options.start());
    optional("increment", options.increment());
    optional("minValue", options.minValue());
    optional("maxValue", options.maxValue());
    optional("cache", options.cache());
    out.name("cycle").value(options.cycles());
  }

  private void sequence(SequenceDef sequence) {
    out.beginObject();
    out.name("name").value(sequence.name());
    options(sequence.options());
    out.name("ownedBy");
    if (sequence.owned()) {
      out.beginObject();
      out.name("table").value(sequence.ownerTable());
      out.name("column").value(sequence.ownerColumn());
      out.endObject();
    } else {
      out.nullValue();
    }
    out.endObject();
  }

  private void optional(String name, Long value) {
    out.name(name);
    if (value == null) {
      out.nullValue();
    } else {
      out.value(value);
    }
  }

  private void foreignKey(ForeignKeyDef key) {
    out.beginObject();
    out.name("name").value(key.name());
    strings("columns", key.columns());
    out.name("refTable").value(key.refTable());
    strings("refColumns", key.refColumns());
    out.name("onDelete").value(key.onDelete());
    out.name("onUpdate").value(key.onUpdate());
    flag("deferrable", key.deferrable());
    flag("initiallyDeferred", key.initiallyDeferred());
    out.endObject();
  }

  private void index(IndexDef index) {
    out.beginObject();
    out.name("name").value(index.name());
    strings("columns", index.columns());
    out.name("unique").value(index.uniqueIndex());
    out.name("where").value(index.where());
    out.name("using").value(index.using());
    strings("include", index.include());
    flag("nullsNotDistinct", index.equalNulls());
    out.endObject();
  }

  private void hypertable(TimescaleNode hypertable) {
    if (hypertable == null) {
      out.nullValue();
      return;
    }
    HypertableDef dimensions = hypertable.dimensions();
    out.beginObject();
    out.name("timeColumn").value(dimensions.timeColumn());
    out.name("chunkTimeInterval").value(dimensions.chunkTimeInterval());
    out.name("partitionColumn").value(dimensions.partitionColumn());
    out.name("partitions").value(dimensions.partitions());
    // absent when none, so snapshots written before extra dimensions read and write the same
    if (!dimensions.dimensions().isEmpty()) {
      out.name("dimensions").beginArray();
      for (DimensionDef dimension : dimensions.dimensions()) {
        out.beginObject();
        out.name("column").value(dimension.column());
        out.name("partitions").value(dimension.partitions());
        out.name("interval").value(dimension.interval());
        out.endObject();
      }
      out.endArray();
    }
    out.name("compression");
    CompressionDef compression = hypertable.compression();
    if (compression == null) {
      out.nullValue();
    } else {
      compression(compression, hypertable.compressAfter());
    }
    out.name("dropAfter").value(hypertable.dropAfter());
    out.name("reorderIndex").value(hypertable.reorderIndex());
    out.endObject();
  }

  private void compression(CompressionDef compression, String after) {
    out.beginObject();
    strings("segmentBy", compression.segmentBy());
    strings("orderBy", compression.orderBy());
    out.name("after").value(after);
    out.endObject();
  }

  private void aggregate(AggregateNode aggregate) {
    out.beginObject();
    out.name("schema").value(aggregate.schema());
    out.name("name").value(aggregate.name());
    out.name("entity").value(aggregate.entity());
    out.name("query").value(aggregate.query());
    out.name("materializedOnly").value(aggregate.materializedOnly());
    out.name("refresh");
    RefreshDef refresh = aggregate.refresh();
    if (refresh == null) {
      out.nullValue();
    } else {
      out.beginObject();
      out.name("startOffset").value(refresh.startOffset());
      out.name("endOffset").value(refresh.endOffset());
      out.name("scheduleInterval").value(refresh.scheduleInterval());
      out.endObject();
    }
    // absent when off, so snapshots written before aggregates could compress read the same
    if (aggregate.compression() != null) {
      out.name("compression");
      compression(aggregate.compression(), aggregate.compressAfter());
    }
    out.endObject();
  }

  private void view(ViewNode view) {
    out.beginObject();
    out.name("schema").value(view.schema());
    out.name("name").value(view.name());
    out.name("entity").value(view.entity());
    out.name("query").value(view.query());
    out.name("materialized").value(view.materialized());
    out.name("withData").value(view.withData());
    strings("dependsOn", view.dependsOn());
    out.endObject();
  }

  /** A flag written only when set, so snapshots without it read as before. */
  private void flag(String name, boolean value) {
    if (value) {
      out.name(name).value(value);
    }
  }

  private void strings(String name, List<String> values) {
    out.name(name).beginArray();
    for (String value : values) {
      out.value(value);
    }
    out.endArray();
  }
}
