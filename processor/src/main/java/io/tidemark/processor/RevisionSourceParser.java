package io.tidemark.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code @Revision(id = ..., parent = ...)} of a revision source without compiling
 * it, tolerant of formatting, so hand-written and hand-edited revisions count too. Comments
 * are ignored; string values may be split with {@code +}.
 */
final class RevisionSourceParser {
  private static final Pattern ANNOTATION = Pattern.compile("@(?:io\\.tidemark\\.)?Revision\\s*\\(");
  private static final Pattern COMMENTS =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/|(\"(?:[^\"\\\\]|\\\\.)*\")", Pattern.DOTALL);
  private static final Pattern BODY =
      Pattern.compile("\\b(?:class|interface|enum|record)\\s+[A-Za-z_$][A-Za-z0-9_$]*[^{;]*\\{");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private RevisionSourceParser() {}

  /** The id and parents of the source's {@code @Revision}, empty when it has none or it is malformed. */
  static Optional<Header> parse(String source) {
    // The annotation precedes the class body; revisions can be large, so stop there.
    String code = COMMENTS.matcher(header(source)).replaceAll(m -> m.group(1) != null
        ? Matcher.quoteReplacement(m.group(1)) : " ");
    Matcher m = ANNOTATION.matcher(code);
    if (!m.find()) {
      return Optional.empty();
    }
    String args = arguments(code, m.end());
    if (args == null) {
      return Optional.empty();
    }
    String id = null;
    List<String> parents = new ArrayList<>();
    for (String attribute : split(args)) {
      int eq = attribute.indexOf('=');
      if (eq < 0) {
        return Optional.empty();
      }
      String name = attribute.substring(0, eq).strip();
      String value = attribute.substring(eq + 1).strip();
      if (name.equals("id")) {
        id = concat(value);
      } else if (name.equals("parent")) {
        String inner = value.startsWith("{") && value.endsWith("}")
            ? value.substring(1, value.length() - 1) : value;
        for (String parent : split(inner)) {
          if (!parent.isBlank()) {
            String text = concat(parent.strip());
            if (text == null) {
              return Optional.empty();
            }
            parents.add(text);
          }
        }
      }
    }
    return id == null || id.isEmpty() ? Optional.empty() : Optional.of(new Header(id, parents));
  }

  /**
   * Whether the source, before its class body, names {@code <className>.snapshot.json}: the
   * Javadoc of a generated revision does, so its snapshot going missing is an error rather than
   * a silent change into a hand-written revision.
   */
  static boolean namesSnapshot(String source, String className) {
    return header(source).contains(className + ".snapshot.json");
  }

  private static String header(String source) {
    Matcher body = BODY.matcher(source);
    return body.find() ? source.substring(0, body.end()) : source;
  }

  /** An id and its parents. */
  record Header(String id, List<String> parents) {}

  /** The text between the annotation's parentheses, or null when they do not close. */
  private static String arguments(String code, int start) {
    int depth = 1;
    boolean quoted = false;
    for (int i = start; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return code.substring(start, i);
      }
    }
    return null;
  }

  /** Splits at top-level commas, outside strings and braces. */
  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == '{' || c == '(') {
        depth++;
      } else if (c == '}' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** The value of {@code "a" + "b"}, or null when it is not made of string literals. */
  private static String concat(String expression) {
    Matcher m = STRING.matcher(expression);
    StringBuilder out = new StringBuilder();
    int end = 0;
    while (m.find()) {
      if (!expression.substring(end, m.start()).strip().matches("\\+?")) {
        return null;
      }
      out.append(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      end = m.end();
    }
    return end == 0 || !expression.substring(end).isBlank() ? null : out.toString();
  }
}
