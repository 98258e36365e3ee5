package io.tidemark.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads one {@link IndexColumn} entry from its first character to its last. */
final class IndexColumnParser {
  private static final Set<String> ORDER_WORDS = Set.of("ASC", "DESC", "NULLS");
  private final String text;
  private int at;

  IndexColumnParser(String text) {
    this.text = text;
  }

  /** True for {@code [A-Za-z_][A-Za-z0-9_$]*}. */
  static boolean plainWord(String name) {
    if (name.isEmpty() || !wordStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!wordPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  private static boolean wordPart(char c) {
    return wordStart(c) || c >= '0' && c <= '9' || c == '$';
  }

  Optional<IndexColumn> entry() {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String column = null;
    String expression = null;
    if (text.charAt(0) == '(') {
      int close = closing(text, 0);
      if (close < 0) {
        return Optional.empty();
      }
      expression = text.substring(1, close);
      at = close + 1;
    } else {
      List<String> names = new ArrayList<>();
      do {
        String name = name();
        if (name == null) {
          return Optional.empty();
        }
        names.add(name);
      } while (at < text.length() && text.charAt(at) == '.' && ++at > 0);
      int call = at;
      while (call < text.length() && Character.isWhitespace(text.charAt(call))) {
        call++;
      }
      if (call < text.length() && text.charAt(call) == '(') {
        int close = closing(text, call);
        if (close < 0) {
          return Optional.empty();
        }
        expression = text.substring(0, close + 1);
        at = close + 1;
      } else if (names.size() == 1) {
        column = names.get(0);
      } else {
        return Optional.empty();
      }
    }
    return modifiers(column, expression);
  }

  /** A plain word or a double-quoted name at {@link #at}, unquoted; {@code null} if none. */
  private String name() {
    if (at < text.length() && text.charAt(at) == '"') {
      StringBuilder name = new StringBuilder();
      for (int i = at + 1; i < text.length(); i++) {
        if (text.charAt(i) != '"') {
          name.append(text.charAt(i));
        } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          name.append('"');
          i++;
        } else {
          at = i + 1;
          return name.length() == 0 ? null : name.toString();
        }
      }
      return null;
    }
    int start = at;
    if (at < text.length() && wordStart(text.charAt(at))) {
      while (at < text.length() && wordPart(text.charAt(at))) {
        at++;
      }
    }
    return at == start ? null : text.substring(start, at);
  }

  /**
   * {@code [COLLATE name] [opclass] [ASC|DESC] [NULLS FIRST|LAST]} after the key, and nothing
   * else.
   */
  private Optional<IndexColumn> modifiers(String column, String expression) {
    String collation = null;
    if (keyword("COLLATE")) {
      skipSpace();
      collation = name();
      if (collation == null) {
        return Optional.empty();
      }
    }
    String opclass = null;
    int before = at;
    skipSpace();
    if (at > before) {
      String word = peekWord();
      if (word != null && !ORDER_WORDS.contains(word.toUpperCase(Locale.ROOT))) {
        StringBuilder name = new StringBuilder();
        do {
          String part = name();
          if (part == null) {
            return Optional.empty();
          }
          name.append(name.length() == 0 ? "" : ".").append(part);
        } while (at < text.length() && text.charAt(at) == '.' && ++at > 0);
        // PostgreSQL folds the unquoted name to lower case, and prints it so.
        opclass = name.toString().toLowerCase(Locale.ROOT);
      }
    }
    String rest = text.substring(at).strip();
    List<String> words =
        rest.isEmpty() ? List.of() : List.of(rest.toUpperCase(Locale.ROOT).split("\\s+"));
    int i = 0;
    String direction = null;
    if (i < words.size() && (words.get(i).equals("ASC") || words.get(i).equals("DESC"))) {
      direction = words.get(i++);
    }
    String nulls = null;
    if (i + 1 < words.size() && words.get(i).equals("NULLS")
        && (words.get(i + 1).equals("FIRST") || words.get(i + 1).equals("LAST"))) {
      nulls = words.get(i + 1);
      i += 2;
    }
    if (i != words.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new IndexColumn(column, expression, collation, opclass, direction, nulls));
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  /** The plain word after spaces at {@link #at}, without moving; {@code null} if none. */
  private String peekWord() {
    int start = at;
    int end = start;
    while (end < text.length() && wordPart(text.charAt(end))) {
      end++;
    }
    return end == start || !wordStart(text.charAt(start)) ? null : text.substring(start, end);
  }

  /** Moves past {@code word} (any case) and the spaces before it when it comes next. */
  private boolean keyword(String word) {
    int start = at;
    skipSpace();
    String next = peekWord();
    if (next != null && next.equalsIgnoreCase(word)) {
      at += next.length();
      return true;
    }
    at = start;
    return false;
  }

  /**
   * The index of the parenthesis that closes the one at {@code open}, skipping string literals
   * and quoted names; -1 when it is never closed.
   */
  static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"') {
        // E'...' strings escape with backslashes.
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        i = endOfQuoted(text, i, c == '\'' && (before == 'E' || before == 'e'));
        if (i < 0) {
          return -1;
        }
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the quote that ends the literal or name opened at {@code open}. */
  static int endOfQuoted(String text, int open, boolean backslashes) {
    char quote = text.charAt(open);
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (backslashes && c == '\\') {
        i++;
      } else if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }
}
