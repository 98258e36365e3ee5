package io.tidemark.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    return new IndexColumnParser(entry.strip()).entry();
  }

  /**
   * The key entries of an index definition as {@code pg_get_indexdef} prints it: the list in the
   * parentheses after {@code USING method}, split at its top-level commas.
   */
  public static List<String> keysOf(String definition) {
    int open = definition.indexOf(" USING ");
    open = open < 0 ? -1 : definition.indexOf('(', open);
    int close = open < 0 ? -1 : IndexColumnParser.closing(definition, open);
    if (close < 0) {
      throw new IllegalArgumentException("not an index definition: " + definition);
    }
    List<String> keys = new ArrayList<>();
    int start = open + 1;
    for (int i = start; i < close; i++) {
      char c = definition.charAt(i);
      if (c == '(' || c == '\'' || c == '"') {
        i = c == '(' ? IndexColumnParser.closing(definition, i) : IndexColumnParser.endOfQuoted(definition, i, false);
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
        : IndexColumnParser.plainWord(column) ? column : '"' + column.replace("\"", "\"\"") + '"';
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
    while (text.startsWith("(") && IndexColumnParser.closing(text, 0) == text.length() - 1) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}
