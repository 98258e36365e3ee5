package io.tidemark.processor.snapshot;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.UniqueDef;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what {@link SnapshotWriter} writes, strictly: every field must be present with its
 * type and no other field may appear, so a hand-corrupted snapshot fails with the JSON path
 * of the first problem ({@code tables[2].columns[0].type: expected a string}). The JSON is
 * tokenized by Gson's {@link JsonReader} into plain maps, lists, strings, booleans and
 * numbers ({@link #NULL} for null), which is all a snapshot holds, without Gson's
 * reflective machinery: the processor runs cold in every build.
 */
final class SnapshotReader {
  /** A JSON {@code null}, distinct from a missing field. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private SnapshotReader() {}

  static Schema read(String json) {
    Object root;
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      root = value(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalArgumentException("snapshot: unexpected text after the JSON object");
      }
    } catch (IOException | IllegalStateException e) {
      throw new IllegalArgumentException("snapshot is not valid JSON: " + gsonProblem(e), e);
    }
    SnapshotObject top = SnapshotObject.object("", root);
    Object format = top.field("format");
    if (!(format instanceof BigDecimal number
        && number.compareTo(BigDecimal.valueOf(SnapshotCodec.FORMAT)) == 0)) {
      throw new IllegalArgumentException("snapshot: \"format\" is " + format + ", this version of"
          + " Tidemark reads format " + SnapshotCodec.FORMAT + " (upgrade Tidemark to read it)");
    }
    Schema schema = new Schema(
        top.list("tables", SnapshotReader::table), top.list("aggregates", SnapshotReader::aggregate));
    top.done();
    return schema;
  }

  /** One JSON value and everything in it. */
  private static Object value(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          object.put(reader.nextName(), value(reader));
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(value(reader));
        }
        reader.endArray();
        return array;
      case STRING:
        return reader.nextString();
      case NUMBER:
        return new BigDecimal(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        reader.nextNull();
        return NULL;
      default:
        throw new IllegalStateException("unexpected " + reader.peek() + " at path " + reader.getPath());
    }
  }

  /** Gson's message without its advice to parse leniently, which does not apply here. */
  private static String gsonProblem(Exception e) {
    String message = String.valueOf(e.getMessage());
    int see = message.indexOf("\nSee ");
    return (see < 0 ? message : message.substring(0, see))
        .replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON ", "");
  }

  private static TableNode table(SnapshotObject n) {
    return new TableNode(
        n.string("schema"),
        n.string("name"),
        n.string("entity"),
        n.list("columns", c -> new ColumnDef(
            c.string("name"), c.string("type"), c.bool("nullable"), c.optString("defaultValue"))),
        n.optObject("primaryKey", k -> new PrimaryKeyDef(k.string("name"), k.strings("columns"))),
        n.list("uniques", u -> new UniqueDef(u.string("name"), u.strings("columns"))),
        n.list("checks", c -> new CheckDef(c.string("name"), c.string("expression"))),
        n.list("foreignKeys", SnapshotReader::foreignKey),
        n.list("indexes", SnapshotReader::index),
        n.optObject("hypertable", SnapshotReader::hypertable));
  }

  private static ForeignKeyDef foreignKey(SnapshotObject n) {
    return new ForeignKeyDef(n.string("name"), n.strings("columns"), n.string("refTable"),
        n.strings("refColumns"), n.optString("onDelete"), n.optString("onUpdate"));
  }

  private static IndexDef index(SnapshotObject n) {
    return new IndexDef(n.string("name"), n.strings("columns"), n.bool("unique"),
        n.optString("where"), n.optString("using"), n.strings("include"), false);
  }

  /** The compression's policy interval is written inside its settings object. */
  private static TimescaleNode hypertable(SnapshotObject n) {
    HypertableDef dimensions = new HypertableDef(
        n.string("timeColumn"),
        n.optString("chunkTimeInterval"),
        n.optString("partitionColumn"),
        n.integer("partitions"),
        false);
    Compression compression = n.optObject("compression", c -> new Compression(
        new CompressionDef(c.strings("segmentBy"), c.strings("orderBy")), c.optString("after")));
    return new TimescaleNode(dimensions, compression == null ? null : compression.settings(),
        compression == null ? null : compression.after(), n.optString("dropAfter"),
        n.optString("reorderIndex"));
  }

  /** A {@code compression} object: the settings and its policy's interval. */
  private record Compression(CompressionDef settings, String after) {}

  private static AggregateNode aggregate(SnapshotObject n) {
    return new AggregateNode(
        n.string("schema"),
        n.string("name"),
        n.string("entity"),
        n.string("query"),
        n.bool("materializedOnly"),
        n.optObject("refresh", r -> new RefreshDef(
            r.optString("startOffset"), r.optString("endOffset"), r.optString("scheduleInterval"))));
  }
}
