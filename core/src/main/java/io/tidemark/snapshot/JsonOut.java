package io.tidemark.snapshot;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes pretty-printed JSON the way the snapshot has always been laid out: two-space indents,
 * {@code "name": value}, empty arrays as {@code []}, strings escaped by {@link JsonText#quote}.
 */
final class JsonOut {
  private final StringBuilder out = new StringBuilder();
  /** Per open array or object: whether it has an element yet. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private boolean afterName;

  JsonOut beginObject() {
    return begin('{');
  }

  JsonOut endObject() {
    return end('}');
  }

  JsonOut beginArray() {
    return begin('[');
  }

  JsonOut endArray() {
    return end(']');
  }

  JsonOut name(String name) {
    element();
    out.append(JsonText.quote(name)).append(": ");
    afterName = true;
    return this;
  }

  JsonOut value(String value) {
    return value == null ? nullValue() : raw(JsonText.quote(value));
  }

  JsonOut value(boolean value) {
    return raw(Boolean.toString(value));
  }

  JsonOut value(long value) {
    return raw(Long.toString(value));
  }

  JsonOut nullValue() {
    return raw("null");
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private JsonOut raw(String text) {
    element();
    out.append(text);
    return this;
  }

  private JsonOut begin(char bracket) {
    element();
    out.append(bracket);
    open.push(new boolean[1]);
    return this;
  }

  private JsonOut end(char bracket) {
    boolean[] nonEmpty = open.pop();
    if (nonEmpty[0]) {
      newline();
    }
    out.append(bracket);
    return this;
  }

  /** Before a value or a name: the separator and the line break its container needs. */
  private void element() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (open.isEmpty()) {
      return;
    }
    boolean[] nonEmpty = open.peek();
    if (nonEmpty[0]) {
      out.append(',');
    }
    nonEmpty[0] = true;
    newline();
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < open.size(); i++) {
      out.append("  ");
    }
  }
}
