package io.tidemark.processor.snapshot;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads what {@link SnapshotWriter} writes, strictly: every field must be present with its
 * type and no other field may appear, so a hand-corrupted snapshot fails with the JSON path
 * of the first problem ({@code tables[2].columns[0].type: expected a string}).
 */
final class SnapshotReader {
  private static final Gson GSON = new Gson();

  private SnapshotReader() {}

  static Schema read(String json) {
    JsonElement root;
    try {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.STRICT);
      root = GSON.getAdapter(JsonElement.class).read(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new IllegalArgumentException("snapshot: unexpected text after the JSON object");
      }
    } catch (IOException | JsonParseException | IllegalStateException e) {
      throw new IllegalArgumentException("snapshot is not valid JSON: " + gsonProblem(e), e);
    }
    Node top = Node.object("", root);
    JsonElement format = top.field("format");
    if (!(format instanceof JsonPrimitive p && p.isNumber() && p.getAsDouble() == SnapshotCodec.FORMAT)) {
      throw new IllegalArgumentException("snapshot: \"format\" is " + format + ", this version of"
          + " Tidemark reads format " + SnapshotCodec.FORMAT + " (upgrade Tidemark to read it)");
    }
    Schema schema = new Schema(
        top.list("tables", SnapshotReader::table), top.list("aggregates", SnapshotReader::aggregate));
    top.done();
    return schema;
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
        n.list("columns", c -> new ColumnNode(
            c.string("name"), c.string("type"), c.bool("nullable"), c.optString("defaultValue"))),
        n.optObject("primaryKey", k -> new PrimaryKeyNode(k.string("name"), k.strings("columns"))),
        n.list("uniques", u -> new UniqueNode(u.string("name"), u.strings("columns"))),
        n.list("checks", c -> new CheckNode(c.string("name"), c.string("expression"))),
        n.list("foreignKeys", SnapshotReader::foreignKey),
        n.list("indexes", SnapshotReader::index),
        n.optObject("hypertable", SnapshotReader::hypertable));
  }

  private static ForeignKeyNode foreignKey(Node n) {
    return new ForeignKeyNode(n.string("name"), n.strings("columns"), n.string("refTable"),
        n.strings("refColumns"), n.optString("onDelete"), n.optString("onUpdate"));
  }

  private static IndexNode index(Node n) {
    return new IndexNode(n.string("name"), n.strings("columns"), n.bool("unique"),
        n.optString("where"), n.optString("using"), n.strings("include"));
  }

  private static HypertableNode hypertable(Node n) {
    return new HypertableNode(
        n.string("timeColumn"),
        n.optString("chunkTimeInterval"),
        n.optString("partitionColumn"),
        n.integer("partitions"),
        n.optObject("compression", c -> new CompressionNode(
            c.strings("segmentBy"), c.strings("orderBy"), c.optString("after"))),
        n.optString("dropAfter"),
        n.optString("reorderIndex"));
  }

  private static AggregateNode aggregate(Node n) {
    return new AggregateNode(
        n.string("schema"),
        n.string("name"),
        n.string("entity"),
        n.string("query"),
        n.bool("materializedOnly"),
        n.optObject("refresh", r -> new RefreshNode(
            r.optString("startOffset"), r.optString("endOffset"), r.optString("scheduleInterval"))));
  }

  /** A JSON object at a path; remembers which fields were read so that {@link #done} finds extras. */
  private static final class Node {
    private final String path;
    private final JsonObject object;
    private final Set<String> read = new LinkedHashSet<>();

    private Node(String path, JsonObject object) {
      this.path = path;
      this.object = object;
    }

    static Node object(String path, JsonElement element) {
      if (element == null || !element.isJsonObject()) {
        throw new IllegalArgumentException(where(path) + ": expected an object, found " + describe(element));
      }
      return new Node(path, element.getAsJsonObject());
    }

    JsonElement field(String name) {
      read.add(name);
      if (!object.has(name)) {
        throw new IllegalArgumentException(where(path) + ": missing field \"" + name + "\"");
      }
      return object.get(name);
    }

    String string(String name) {
      String value = optString(name);
      if (value == null) {
        throw new IllegalArgumentException(child(name) + ": expected a string, found null");
      }
      return value;
    }

    String optString(String name) {
      JsonElement value = field(name);
      if (value.isJsonNull()) {
        return null;
      }
      if (value instanceof JsonPrimitive p && p.isString()) {
        return p.getAsString();
      }
      throw new IllegalArgumentException(child(name) + ": expected a string, found " + describe(value));
    }

    boolean bool(String name) {
      JsonElement value = field(name);
      if (value instanceof JsonPrimitive p && p.isBoolean()) {
        return p.getAsBoolean();
      }
      throw new IllegalArgumentException(child(name) + ": expected true or false, found " + describe(value));
    }

    int integer(String name) {
      JsonElement value = field(name);
      if (value instanceof JsonPrimitive p && p.isNumber()) {
        double number = p.getAsDouble();
        if (number == Math.rint(number) && Math.abs(number) <= Integer.MAX_VALUE) {
          return (int) number;
        }
      }
      throw new IllegalArgumentException(child(name) + ": expected an integer, found " + describe(value));
    }

    List<String> strings(String name) {
      List<String> values = new ArrayList<>();
      JsonArray array = array(name);
      for (int i = 0; i < array.size(); i++) {
        if (!(array.get(i) instanceof JsonPrimitive p && p.isString())) {
          throw new IllegalArgumentException(
              child(name) + "[" + i + "]: expected a string, found " + describe(array.get(i)));
        }
        values.add(array.get(i).getAsString());
      }
      return values;
    }

    <T> List<T> list(String name, Function<Node, T> reader) {
      List<T> values = new ArrayList<>();
      JsonArray array = array(name);
      for (int i = 0; i < array.size(); i++) {
        Node item = object(child(name) + "[" + i + "]", array.get(i));
        values.add(reader.apply(item));
        item.done();
      }
      return values;
    }

    <T> T optObject(String name, Function<Node, T> reader) {
      JsonElement value = field(name);
      if (value.isJsonNull()) {
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
      for (String name : object.keySet()) {
        if (!read.contains(name)) {
          throw new IllegalArgumentException(where(path) + ": unknown field \"" + name + "\"");
        }
      }
    }

    private JsonArray array(String name) {
      JsonElement value = field(name);
      if (!value.isJsonArray()) {
        throw new IllegalArgumentException(child(name) + ": expected an array, found " + describe(value));
      }
      return value.getAsJsonArray();
    }

    private static String describe(JsonElement element) {
      if (element == null || element.isJsonNull()) {
        return "null";
      }
      if (element.isJsonObject()) {
        return "an object";
      }
      if (element.isJsonArray()) {
        return "an array";
      }
      String text = element.toString();
      return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
  }
}
