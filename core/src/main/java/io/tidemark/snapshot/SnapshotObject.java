package io.tidemark.snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** A JSON object at a path; remembers which fields were read so that {@link #done} finds extras. */
final class SnapshotObject {
  private final String path;
  private final Map<String, Object> object;
  private final Set<String> read = new HashSet<>();

  private SnapshotObject(String path, Map<String, Object> object) {
    this.path = path;
    this.object = object;
  }

  @SuppressWarnings("unchecked")
  static SnapshotObject object(String path, Object element) {
    if (!(element instanceof Map)) {
      throw new IllegalArgumentException(where(path) + ": expected an object, found " + describe(element));
    }
    return new SnapshotObject(path, (Map<String, Object>) element);
  }

  /** Whether the field is written; fields added after a format was published may be absent. */
  boolean has(String name) {
    return object.containsKey(name);
  }

  Object field(String name) {
    read.add(name);
    Object value = object.get(name);
    if (value == null) {
      throw new IllegalArgumentException(where(path) + ": missing field \"" + name + "\"");
    }
    return value;
  }

  /** A whole number that may be null. */
  Long optLong(String name) {
    Object value = field(name);
    if (value == JsonText.NULL) {
      return null;
    }
    if (value instanceof BigDecimal number) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        // not a long: reported below
      }
    }
    throw new IllegalArgumentException(child(name) + ": expected an integer, found " + describe(value));
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
    if (value == JsonText.NULL) {
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

  /** A flag written only when set: false when absent. */
  boolean optBool(String name) {
    return object.containsKey(name) && bool(name);
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

  <T> List<T> list(String name, Function<SnapshotObject, T> reader) {
    List<Object> array = array(name);
    List<T> values = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      SnapshotObject item = object(child(name) + "[" + i + "]", array.get(i));
      values.add(reader.apply(item));
      item.done();
    }
    return values;
  }

  /** A list written only when not empty: empty when absent. */
  <T> List<T> optList(String name, Function<SnapshotObject, T> reader) {
    return object.containsKey(name) ? list(name, reader) : List.of();
  }

  <T> T optObject(String name, Function<SnapshotObject, T> reader) {
    Object value = field(name);
    if (value == JsonText.NULL) {
      return null;
    }
    SnapshotObject item = object(child(name), value);
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
