package io.tidemark.snapshot;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import io.tidemark.ddl.UniqueDef;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads what {@link SnapshotWriter} writes, strictly: every field must be present with its
 * type and no other field may appear, so a hand-corrupted snapshot fails with the JSON path
 * of the first problem ({@code tables[2].columns[0].type: expected a string}).
 */
final class SnapshotReader {
  private SnapshotReader() {}

  static Schema read(String json) {
    Object root;
    try {
      root = JsonText.parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("snapshot is not valid JSON: " + e.getMessage(), e);
    }
    SnapshotObject top = SnapshotObject.object("", root);
    Object format = top.field("format");
    if (!(format instanceof BigDecimal number
        && number.compareTo(BigDecimal.valueOf(SnapshotCodec.FORMAT)) == 0)) {
      throw new IllegalArgumentException("snapshot: \"format\" is " + format + ", this version of"
          + " Tidemark reads format " + SnapshotCodec.FORMAT + " (upgrade Tidemark to read it)");
    }
    Schema schema = new Schema(
        top.list("tables", SnapshotReader::table), top.list("aggregates", SnapshotReader::aggregate),
        top.optList("enums", e -> new EnumNode(e.string("schema"), e.string("name"),
            e.string("entity"), e.strings("values"))),
        top.optList("views", SnapshotReader::view),
        top.optList("sequences", SnapshotReader::sequence));
    top.done();
    return schema;
  }

  private static TableNode table(SnapshotObject n) {
    return new TableNode(
        n.string("schema"),
        n.string("name"),
        n.string("entity"),
        n.list("columns", SnapshotReader::column),
        n.optObject("primaryKey", k -> new PrimaryKeyDef(k.string("name"), k.strings("columns"))),
        n.list("uniques", u -> new UniqueDef(u.string("name"), u.strings("columns"), null,
            u.optBool("nullsNotDistinct"))),
        n.list("checks", c -> new CheckDef(c.string("name"), c.string("expression"))),
        n.list("foreignKeys", SnapshotReader::foreignKey),
        n.list("indexes", SnapshotReader::index),
        n.optObject("hypertable", SnapshotReader::hypertable));
  }

  /** {@code identity} and {@code generatedAs} appear only when set. */
  private static ColumnDef column(SnapshotObject c) {
    return new ColumnDef(c.string("name"), c.string("type"), c.bool("nullable"),
        c.optString("defaultValue"),
        c.has("identity") ? c.optObject("identity", SnapshotReader::identity) : null,
        c.has("generatedAs") ? c.string("generatedAs") : null);
  }

  private static IdentityDef identity(SnapshotObject i) {
    return new IdentityDef(i.bool("always"), options(i));
  }

  private static SequenceOptions options(SnapshotObject o) {
    return new SequenceOptions(o.optLong("start"), o.optLong("increment"), o.optLong("minValue"),
        o.optLong("maxValue"), o.optLong("cache"), o.bool("cycle"));
  }

  private static SequenceDef sequence(SnapshotObject s) {
    SequenceDef sequence = new SequenceDef(s.string("name"), options(s), null, null);
    SequenceDef owned = s.optObject("ownedBy",
        o -> sequence.ownedBy(o.string("table"), o.string("column")));
    return owned == null ? sequence : owned;
  }

  private static ForeignKeyDef foreignKey(SnapshotObject n) {
    return new ForeignKeyDef(n.string("name"), n.strings("columns"), n.string("refTable"),
        n.strings("refColumns"), n.optString("onDelete"), n.optString("onUpdate"), true,
        n.optBool("deferrable"), n.optBool("initiallyDeferred"));
  }

  private static IndexDef index(SnapshotObject n) {
    return new IndexDef(n.string("name"), n.strings("columns"), n.bool("unique"),
        n.optString("where"), n.optString("using"), n.strings("include"), false, false,
        n.optBool("nullsNotDistinct"));
  }

  /** The compression's policy interval is written inside its settings object. */
  private static TimescaleNode hypertable(SnapshotObject n) {
    HypertableDef dimensions = new HypertableDef(
        n.string("timeColumn"),
        n.optString("chunkTimeInterval"),
        n.optString("partitionColumn"),
        n.integer("partitions"),
        false,
        n.optList("dimensions", d -> new DimensionDef(d.string("column"), d.integer("partitions"),
            d.optString("interval"))));
    Compression compression = n.optObject("compression", SnapshotReader::compression);
    return new TimescaleNode(dimensions, compression == null ? null : compression.settings(),
        compression == null ? null : compression.after(), n.optString("dropAfter"),
        n.optString("reorderIndex"));
  }

  /** A {@code compression} object: the settings and its policy's interval. */
  private record Compression(CompressionDef settings, String after) {}

  private static Compression compression(SnapshotObject c) {
    return new Compression(
        new CompressionDef(c.strings("segmentBy"), c.strings("orderBy")), c.optString("after"));
  }

  private static AggregateNode aggregate(SnapshotObject n) {
    Compression compression = n.has("compression")
        ? n.optObject("compression", SnapshotReader::compression) : null;
    return new AggregateNode(
        n.string("schema"),
        n.string("name"),
        n.string("entity"),
        n.string("query"),
        n.bool("materializedOnly"),
        n.optObject("refresh", r -> new RefreshDef(
            r.optString("startOffset"), r.optString("endOffset"), r.optString("scheduleInterval"))),
        compression == null ? null : compression.settings(),
        compression == null ? null : compression.after());
  }

  private static ViewNode view(SnapshotObject n) {
    return new ViewNode(n.string("schema"), n.string("name"), n.string("entity"),
        n.string("query"), n.bool("materialized"), n.bool("withData"), n.strings("dependsOn"));
  }
}
