package io.tidemark.snapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) parsed into plain maps, lists, strings, booleans and numbers
 * ({@link #NULL} for null), which is all a snapshot holds; core has no dependencies, and a
 * snapshot is read in every build, so no reflective library. Problems throw
 * {@link IllegalArgumentException} with their line and column.
 */
final class JsonText {
  /** A JSON {@code null}, distinct from a missing field. */
  static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private final String text;
  private int at;

  private JsonText(String text) {
    this.text = text;
  }

  /** The one value {@code text} holds, with nothing but white space after it. */
  static Object parse(String text) {
    JsonText json = new JsonText(text);
    Object value = json.value();
    json.space();
    if (json.at < text.length()) {
      throw json.problem("unexpected text after the JSON value");
    }
    return value;
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw problem("the text ends where a value is expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw problem("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    at++;
    space();
    if (peek() == '}') {
      at++;
      return object;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw problem("expected a name in double quotes");
      }
      String name = string();
      space();
      expect(':');
      object.put(name, value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return object;
      }
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    at++;
    space();
    if (peek() == ']') {
      at++;
      return array;
    }
    while (true) {
      array.add(value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return array;
      }
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw problem("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw problem("control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = at < text.length() ? text.charAt(at++) : 0;
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw problem("unterminated \\u escape");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          } catch (NumberFormatException ex) {
            throw problem("malformed \\u escape");
          }
          at += 4;
        }
        default -> throw problem("invalid escape in a string");
      }
    }
  }

  private Object number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String number = text.substring(start, at);
    if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      at = start;
      throw problem("malformed number " + number);
    }
    return new BigDecimal(number);
  }

  private Object word(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw problem("unexpected character '" + text.charAt(at) + "'");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw problem(at >= text.length() ? "the text ends where '" + c + "' is expected"
          : "expected '" + c + "'");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : 0;
  }

  private void space() {
    while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException problem(String what) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new IllegalArgumentException(what + " at line " + line + " column " + column);
  }

  /** {@code value} as a JSON string literal, escaped as Gson escapes it without HTML safety. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\f' -> out.append("\\f");
        case '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
