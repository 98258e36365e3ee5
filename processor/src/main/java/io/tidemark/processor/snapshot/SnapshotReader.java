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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
  private static final Object NULL = new Object() {
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
    Node top = Node.object("", root);
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

  private static TableNode table(Node n) {
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

  private static ForeignKeyDef foreignKey(Node n) {
    return new ForeignKeyDef(n.string("name"), n.strings("columns"), n.string("refTable"),
        n.strings("refColumns"), n.optString("onDelete"), n.optString("onUpdate"));
  }

  private static IndexDef index(Node n) {
    return new IndexDef(n.string("name"), n.strings("columns"), n.bool("unique"),
        n.optString("where"), n.optString("using"), n.strings("include"), false);
  }

  /** The compression's policy interval is written inside its settings object. */
  private static TimescaleNode hypertable(Node n) {
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

  private static AggregateNode aggregate(Node n) {
    return new AggregateNode(
        n.string("schema"),
        n.string("name"),
        n.string("entity"),
        n.string("query"),
        n.bool("materializedOnly"),
        n.optObject("refresh", r -> new RefreshDef(
            r.optString("startOffset"), r.optString("endOffset"), r.optString("scheduleInterval"))));
  }

  /** A JSON object at a path; remembers which fields were read so that {@link #done} finds extras. */
  private static final class Node {
    private final String path;
    private final Map<String, Object> object;
    private final Set<String> read = new HashSet<>();

    private Node(String path, Map<String, Object> object) {
      this.path = path;
      this.object = object;
    }

    @SuppressWarnings("unchecked")
    static Node object(String path, Object element) {
      if (!(element instanceof Map)) {
        throw new IllegalArgumentException(where(path) + ": expected an object, found " + describe(element));
      }
      return new Node(path, (Map<String, Object>) element);
    }

    Object field(String name) {
      read.add(name);
      Object value = object.get(name);
      if (value == null) {
        throw new IllegalArgumentException(where(path) + ": missing field \"" + name + "\"");
      }
      return value;
    }

    String string(String name) {
      String value = optString(name);
      if (value == null) {
        throw new IllegalArgumentException(child(name) + ": expected a string, found null");
      }
      return value;
    }

    String optString(String name) {
      Object value = field(name);
      if (value == NULL) {
        return null;
      }
      if (value instanceof String text) {
        return text;
      }
      throw new IllegalArgumentException(child(name) + ": expected a string, found " + describe(value));
    }

    boolean bool(String name) {
      Object value = field(name);
      if (value instanceof Boolean b) {
        return b;
      }
      throw new IllegalArgumentException(child(name) + ": expected true or false, found " + describe(value));
    }

    int integer(String name) {
      Object value = field(name);
      if (value instanceof BigDecimal number) {
        try {
          return number.intValueExact();
        } catch (ArithmeticException e) {
          // not an int: reported below
        }
      }
      throw new IllegalArgumentException(child(name) + ": expected an integer, found " + describe(value));
    }

    List<String> strings(String name) {
      List<Object> array = array(name);
      List<String> values = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof String text)) {
          throw new IllegalArgumentException(
              child(name) + "[" + i + "]: expected a string, found " + describe(array.get(i)));
        }
        values.add(text);
      }
      return values;
    }

    <T> List<T> list(String name, Function<Node, T> reader) {
      List<Object> array = array(name);
      List<T> values = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        Node item = object(child(name) + "[" + i + "]", array.get(i));
        values.add(reader.apply(item));
        item.done();
      }
      return values;
    }

    <T> T optObject(String name, Function<Node, T> reader) {
      Object value = field(name);
      if (value == NULL) {
        return null;
      }
      Node item = object(child(name), value);
      T result = reader.apply(item);
      item.done();
      return result;
    }

    private String child(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    private static String where(String path) {
      return path.isEmpty() ? "snapshot" : path;
    }

    void done() {
      if (read.size() == object.size()) {
        return;
      }
      for (String name : object.keySet()) {
        if (!read.contains(name)) {
          throw new IllegalArgumentException(where(path) + ": unknown field \"" + name + "\"");
        }
      }
    }

    @SuppressWarnings("unchecked")
    private List<Object> array(String name) {
      Object value = field(name);
      if (!(value instanceof List)) {
        throw new IllegalArgumentException(child(name) + ": expected an array, found " + describe(value));
      }
      return (List<Object>) value;
    }

    private static String describe(Object element) {
      if (element instanceof Map) {
        return "an object";
      }
      if (element instanceof List) {
        return "an array";
      }
      String text = element instanceof String s
          ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'
          : String.valueOf(element);
      return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
  }
}
