package io.tidemark.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One entry of an index's column list or of TimescaleDB's {@code compress_orderby}, in the
 * grammar {@code key [COLLATE collation] [opclass] [ASC|DESC] [NULLS FIRST|LAST]} (keywords in
 * any case). The key is a column, named as it is (case kept) or in double quotes, or an
 * expression: in parentheses, or a function call ({@code lower(email)}). It reads both what a
 * person writes and what PostgreSQL's {@code pg_get_indexdef} prints. Exactly one of
 * {@code column} and {@code expression} is set; {@code collation} is a name as it is (case kept,
 * {@code "C"}), {@code opclass} an operator class ({@code text_pattern_ops}, optionally
 * schema-qualified), both {@code null} when absent; {@code direction} ({@code ASC},
 * {@code DESC}) and {@code nulls} ({@code FIRST}, {@code LAST}) are kept as written, {@code null}
 * when absent, so rendering an entry never changes its SQL; {@link #normalized()} leaves out what
 * PostgreSQL assumes anyway.
 */
public record IndexColumn(String column, String expression, String collation, String opclass,
    String direction, String nulls) {
  /** The grammar, as error messages quote it. */
  public static final String GRAMMAR = "col [COLLATE name] [opclass] [ASC|DESC] [NULLS FIRST|LAST],"
      + " for example \"ts DESC NULLS LAST\" or \"email text_pattern_ops\"";

  public IndexColumn {
    if ((column == null) == (expression == null)) {
      throw new IllegalArgumentException("an index column is a column or an expression, not "
          + (column == null ? "neither" : "both"));
    }
    if (collation != null && collation.isEmpty() || opclass != null && opclass.isEmpty()) {
      throw new IllegalArgumentException("an empty collation or operator class: leave it out");
    }
    if (direction != null && !direction.equals("ASC") && !direction.equals("DESC")) {
      throw new IllegalArgumentException("not a direction: " + direction + " (use ASC or DESC)");
    }
    if (nulls != null && !nulls.equals("FIRST") && !nulls.equals("LAST")) {
      throw new IllegalArgumentException("not a null order: " + nulls + " (use FIRST or LAST)");
    }
  }

  /** Parses one entry; throws {@link IllegalArgumentException} quoting it and the grammar. */
  public static IndexColumn parse(String entry) {
    return tryParse(entry).orElseThrow(() -> new IllegalArgumentException(
        "not a valid index column: \"" + entry + "\"; write " + GRAMMAR
            + ", or an expression in parentheses"));
  }

  /** A column entry with no collation, operator class or order. */
  public IndexColumn(String column, String expression, String direction, String nulls) {
    this(column, expression, null, null, direction, nulls);
  }

  /** Parses one entry, empty when it does not follow the grammar. */
  public static Optional<IndexColumn> tryParse(String entry) {
    return new Parser(entry.strip()).entry();
  }

  /**
   * The key entries of an index definition as {@code pg_get_indexdef} prints it: the list in the
   * parentheses after {@code USING method}, split at its top-level commas.
   */
  public static List<String> keysOf(String definition) {
    int open = definition.indexOf(" USING ");
    open = open < 0 ? -1 : definition.indexOf('(', open);
    int close = open < 0 ? -1 : Parser.closing(definition, open);
    if (close < 0) {
      throw new IllegalArgumentException("not an index definition: " + definition);
    }
    List<String> keys = new ArrayList<>();
    int start = open + 1;
    for (int i = start; i < close; i++) {
      char c = definition.charAt(i);
      if (c == '(' || c == '\'' || c == '"') {
        i = c == '(' ? Parser.closing(definition, i) : Parser.endOfQuoted(definition, i, false);
      } else if (c == ',') {
        keys.add(definition.substring(start, i).strip());
        start = i + 1;
      }
    }
    keys.add(definition.substring(start, close).strip());
    return keys;
  }

  public boolean descending() {
    return "DESC".equals(direction);
  }

  /**
   * The same entry as PostgreSQL stores it: no {@code ASC}, no null order that the direction
   * implies ({@code NULLS LAST} ascending, {@code NULLS FIRST} descending), and an expression
   * without parentheses around all of it.
   */
  public IndexColumn normalized() {
    String order = descending() ? "DESC" : null;
    String implied = descending() ? "FIRST" : "LAST";
    String nullOrder = nulls == null || nulls.equals(implied) ? null : nulls;
    String key = expression == null ? null : unwrapped(expression);
    return new IndexColumn(column, key, collation, opclass, order, nullOrder);
  }

  /** This entry on another column. */
  public IndexColumn withColumn(String name) {
    return new IndexColumn(Objects.requireNonNull(name, "name"), null, collation, opclass,
        direction, nulls);
  }

  /**
   * The entry as a person writes it: the column as it is (double-quoted when it is not a plain
   * word), or the expression in parentheses, then the direction and null order.
   */
  public String entry() {
    String key = column == null ? "(" + expression + ")"
        : Parser.plainWord(column) ? column : '"' + column.replace("\"", "\"\"") + '"';
    return key + modifiers();
  }

  /** The entry in SQL: the column quoted where PostgreSQL needs it. */
  public String sql() {
    return (column == null ? "(" + expression + ")" : Sql.quote(column)) + modifiers();
  }

  private String modifiers() {
    return (collation == null ? "" : " COLLATE " + Sql.quote(collation))
        + (opclass == null ? "" : " " + opclass)
        + (direction == null ? "" : " " + direction) + (nulls == null ? "" : " NULLS " + nulls);
  }

  /** {@code expression} without parentheses that enclose all of it. */
  private static String unwrapped(String expression) {
    String text = expression.strip();
    while (text.startsWith("(") && Parser.closing(text, 0) == text.length() - 1) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }

  /** Reads one entry from its first character to its last. */
  private static final class Parser {
    private static final Set<String> ORDER_WORDS = Set.of("ASC", "DESC", "NULLS");
    private final String text;
    private int at;

    Parser(String text) {
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
}
