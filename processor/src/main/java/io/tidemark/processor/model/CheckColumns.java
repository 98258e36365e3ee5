package io.tidemark.processor.model;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the first bare identifier in a CHECK expression that is not a column. Functions
 * (a name before {@code (}), casts ({@code ::type}), string literals, qualified names and SQL
 * keywords are skipped, so only words that PostgreSQL would resolve as columns are checked.
 */
final class CheckColumns {
  private static final Set<String> KEYWORDS = Set.of(
      "and", "or", "not", "in", "is", "null", "true", "false", "between", "like", "ilike",
      "similar", "to", "case", "when", "then", "else", "end", "any", "all", "some", "array",
      "cast", "as", "distinct", "from", "escape", "for", "both", "leading", "trailing",
      "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp",
      "current_user", "session_user", "user", "interval", "date", "time", "timestamp", "with",
      "without", "zone", "collate", "overlaps", "at", "isnull", "notnull", "exists",
      "symmetric", "asymmetric", "unknown", "epoch", "year", "month", "day", "hour", "minute",
      "second", "dow", "doy", "week", "quarter", "century", "decade", "millennium",
      "milliseconds", "microseconds", "isodow", "isoyear", "timezone", "value", "row",
      "precision", "varying", "character", "double", "numeric", "integer", "text", "boolean");

  private CheckColumns() {}

  static Optional<String> firstUnknown(String expression, Set<String> columns) {
    int i = 0;
    int n = expression.length();
    boolean afterCast = false;
    while (i < n) {
      char c = expression.charAt(i);
      if (c == '\'') {
        i = skipQuoted(expression, i, '\'');
      } else if (c == '"') {
        int end = skipQuoted(expression, i, '"');
        String quoted = expression.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"");
        if (!afterCast && !precededByDot(expression, i) && !columns.contains(quoted)) {
          return Optional.of(quoted);
        }
        afterCast = false;
        i = end;
      } else if (c == ':' && i + 1 < n && expression.charAt(i + 1) == ':') {
        afterCast = true;
        i += 2;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i;
        while (end < n && (Character.isLetterOrDigit(expression.charAt(end))
            || expression.charAt(end) == '_' || expression.charAt(end) == '$')) {
          end++;
        }
        String word = expression.substring(i, end);
        if (!afterCast && !isSkipped(expression, i, end, word) && !columns.contains(word)
            && !columns.contains(word.toLowerCase(Locale.ROOT))) {
          return Optional.of(word);
        }
        i = end;
      } else {
        if (!Character.isWhitespace(c) && c != '(' && c != ')' && c != '[' && c != ']'
            && !Character.isDigit(c)) {
          afterCast = false;
        }
        i++;
      }
    }
    return Optional.empty();
  }

  private static boolean isSkipped(String expression, int start, int end, String word) {
    if (KEYWORDS.contains(word.toLowerCase(Locale.ROOT)) || precededByDot(expression, start)) {
      return true;
    }
    int next = end;
    while (next < expression.length() && Character.isWhitespace(expression.charAt(next))) {
      next++;
    }
    if (next < expression.length()) {
      char c = expression.charAt(next);
      return c == '(' || c == '.' || (c == '\'' && next == end);
    }
    return false;
  }

  private static boolean precededByDot(String expression, int start) {
    int prev = start - 1;
    while (prev >= 0 && Character.isWhitespace(expression.charAt(prev))) {
      prev--;
    }
    return prev >= 0 && expression.charAt(prev) == '.';
  }

  private static int skipQuoted(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length()) {
      if (text.charAt(i) == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return text.length();
  }
}
