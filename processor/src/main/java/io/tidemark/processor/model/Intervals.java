package io.tidemark.processor.model;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the interval literals of TimescaleDB annotations. Accepted grammar:
 *
 * <pre>
 *   interval := pair ( [","] pair )*
 *   pair     := positive-integer [" "] unit
 *   unit     := microsecond(s) | us | usec(s) | millisecond(s) | ms | msec(s)
 *             | second(s) | s | sec(s) | minute(s) | m | min(s) | hour(s) | h | hr(s)
 *             | day(s) | d | week(s) | w | month(s) | mon(s) | year(s) | y | yr(s)
 * </pre>
 *
 * Units are case-insensitive and may appear once each. The result spells every pair as
 * {@code "<n> <unit>"} with the unit's full name, singular for 1 ({@code "7d" -> "7 days"},
 * {@code "1 hour 30 mins" -> "1 hour 30 minutes"}). Integer time columns take a plain
 * positive integer instead ({@link #integer}).
 */
final class Intervals {
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("microsecond", "microsecond"), Map.entry("us", "microsecond"),
      Map.entry("usec", "microsecond"),
      Map.entry("millisecond", "millisecond"), Map.entry("ms", "millisecond"),
      Map.entry("msec", "millisecond"),
      Map.entry("second", "second"), Map.entry("s", "second"), Map.entry("sec", "second"),
      Map.entry("minute", "minute"), Map.entry("m", "minute"), Map.entry("min", "minute"),
      Map.entry("hour", "hour"), Map.entry("h", "hour"), Map.entry("hr", "hour"),
      Map.entry("day", "day"), Map.entry("d", "day"),
      Map.entry("week", "week"), Map.entry("w", "week"),
      Map.entry("month", "month"), Map.entry("mon", "month"),
      Map.entry("year", "year"), Map.entry("y", "year"), Map.entry("yr", "year"));

  private static final Pattern PAIR = Pattern.compile("\\s*,?\\s*(\\d+)\\s*([a-zA-Z]+)\\s*");

  /** What a user may write, for error messages. */
  static final String GRAMMAR =
      "a positive number and a unit, repeated: \"2 days\", \"7d\", \"1 hour 30 minutes\""
          + " (units: microseconds, milliseconds, seconds, minutes, hours, days, weeks,"
          + " months, years, or us, ms, s, m, h, d, w, mon, y)";

  private Intervals() {}

  /** The normalized interval, or empty when {@code text} does not follow the grammar. */
  static Optional<String> parse(String text) {
    Matcher m = PAIR.matcher(text);
    StringBuilder out = new StringBuilder();
    Set<String> seen = new HashSet<>();
    int end = 0;
    while (m.find() && m.start() == end) {
      end = m.end();
      String unit = unit(m.group(2));
      long amount;
      try {
        amount = Long.parseLong(m.group(1));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
      if (unit == null || amount <= 0 || !seen.add(unit)) {
        return Optional.empty();
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
    }
    return end == text.length() && out.length() > 0 ? Optional.of(out.toString()) : Optional.empty();
  }

  /** A positive integer (chunk interval of an integer time column), or empty. */
  static Optional<String> integer(String text) {
    return text.matches("[1-9]\\d{0,18}") ? Optional.of(text) : Optional.empty();
  }

  private static String unit(String written) {
    String unit = written.toLowerCase(Locale.ROOT);
    String full = UNITS.get(unit);
    if (full == null && unit.endsWith("s")) {
      full = UNITS.get(unit.substring(0, unit.length() - 1));
    }
    return full;
  }
}
