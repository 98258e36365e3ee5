package io.tidemark.processor.lint;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether {@code ALTER COLUMN ... TYPE} rewrites the table. PostgreSQL keeps the rows
 * when the old type converts to the new one without changing a value (binary coercible) and the
 * new type accepts every old value: a longer or unbounded {@code varchar}, {@code varchar} to
 * {@code text}, more precision at the same scale for {@code numeric}, more or unbounded precision
 * for time types, {@code cidr} to {@code inet}. Everything else rewrites the table and its
 * indexes. Types are spelled as in the snapshot ({@code format_type}).
 */
final class TypeChanges {
  private static final Pattern SIZED = Pattern.compile(
      "^(character varying|bit varying|numeric|timestamp|time|interval)(?:\\((\\d+)(?:,(\\d+))?\\))?(.*)$");

  /** Conversions between different base types that keep every value's bytes. */
  private static final Set<String> COERCIBLE = Set.of("text>character varying",
      "character varying>text", "cidr>inet", "xml>text", "xml>character varying");

  private TypeChanges() {}

  static boolean rewrites(String from, String to) {
    if (from.equals(to)) {
      return false;
    }
    if (from.endsWith("[]") || to.endsWith("[]")) {
      // an array's elements are converted one by one: always a rewrite
      return true;
    }
    Matcher a = SIZED.matcher(from);
    Matcher b = SIZED.matcher(to);
    if (a.matches() && b.matches() && a.group(1).equals(b.group(1))
        && a.group(4).equals(b.group(4))) {
      return !widens(a, b);
    }
    // any varchar converts to text or an unbounded varchar as it is
    String source = a.matches() && a.group(1).equals("character varying") && a.group(4).isEmpty()
        ? "character varying" : from;
    String target = b.matches() && b.group(1).equals("character varying") && b.group(2) == null
        && b.group(4).isEmpty() ? "character varying" : to;
    return !COERCIBLE.contains(source + ">" + target);
  }

  /** Whether {@code b} accepts every value of {@code a}, for the same base type and suffix. */
  private static boolean widens(Matcher a, Matcher b) {
    if (b.group(2) == null) {
      // unbounded: a numeric without precision keeps any scale; the others lose no value
      return true;
    }
    if (a.group(2) == null) {
      return false;
    }
    int fromSize = Integer.parseInt(a.group(2));
    int toSize = Integer.parseInt(b.group(2));
    if (a.group(1).equals("numeric")) {
      return a.group(3).equals(b.group(3)) && toSize >= fromSize;
    }
    return toSize >= fromSize;
  }
}
