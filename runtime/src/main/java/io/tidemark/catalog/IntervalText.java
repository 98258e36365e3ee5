package io.tidemark.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interval literals between PostgreSQL and Tidemark: the server's output ({@code IntervalStyle}
 * postgres: {@code "1 year 2 mons 3 days 04:05:06.5"}) in the words annotations use
 * ({@code "1 year 2 months 3 days 4 hours 5 minutes 6 seconds 500 milliseconds"}), and the
 * length of either, so that {@code "1 week"} and {@code "7 days"} compare equal as they do on
 * the server (a month counts 30 days, a year 12 months).
 */
final class IntervalText {
  private static final Pattern PART = Pattern.compile(
      "(-?\\d+)\\s*([a-z]+)|(-?)(\\d+):(\\d{2}):(\\d{2})(?:\\.(\\d{1,6}))?");
  private static final long SECOND = 1_000_000L;
  private static final long DAY = 86_400L * SECOND;

  private IntervalText() {}

  /** The server's interval output in annotation words; a plain integer stays as it is. */
  static String words(String server) {
    if (server == null || server.matches("-?\\d+")) {
      return server;
    }
    long[] parts = parts(server);
    List<String> words = new ArrayList<>();
    word(words, parts[0] / 12, "year");
    word(words, parts[0] % 12, "month");
    word(words, parts[1], "day");
    long micros = parts[2];
    word(words, micros / (3600 * SECOND), "hour");
    word(words, micros / (60 * SECOND) % 60, "minute");
    word(words, micros / SECOND % 60, "second");
    long fraction = micros % SECOND;
    if (fraction % 1000 == 0) {
      word(words, fraction / 1000, "millisecond");
    } else {
      word(words, fraction, "microsecond");
    }
    return words.isEmpty() ? "0 seconds" : String.join(" ", words);
  }

  /**
   * Whether two intervals (server output or annotation words, or plain integers) have the
   * same length; {@code null} equals only {@code null}.
   */
  static boolean same(String left, String right) {
    if (left == null || right == null) {
      return left == right;
    }
    if (left.matches("-?\\d+") || right.matches("-?\\d+")) {
      return left.strip().equals(right.strip());
    }
    return length(left) == length(right);
  }

  private static long length(String text) {
    long[] parts = parts(text);
    return parts[0] * 30 * DAY + parts[1] * DAY + parts[2];
  }

  /** Months, days and microseconds of {@code text}. */
  private static long[] parts(String text) {
    long[] parts = new long[3];
    Matcher m = PART.matcher(text.toLowerCase(Locale.ROOT).replace(",", " "));
    while (m.find()) {
      if (m.group(1) != null) {
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (unit.startsWith("y")) {
          parts[0] += 12 * n;
        } else if (unit.startsWith("mon")) {
          parts[0] += n;
        } else if (unit.startsWith("w")) {
          parts[1] += 7 * n;
        } else if (unit.startsWith("d")) {
          parts[1] += n;
        } else if (unit.startsWith("h")) {
          parts[2] += n * 3600 * SECOND;
        } else if (unit.startsWith("mi") && !unit.startsWith("mil") && !unit.startsWith("mic")
            || unit.equals("m")) {
          parts[2] += n * 60 * SECOND;
        } else if (unit.startsWith("s")) {
          parts[2] += n * SECOND;
        } else if (unit.startsWith("mil") || unit.startsWith("ms")) {
          parts[2] += n * 1000;
        } else if (unit.startsWith("mic") || unit.startsWith("us")) {
          parts[2] += n;
        } else {
          throw new IllegalArgumentException("unknown interval unit in '" + text + "'");
        }
      } else {
        long sign = m.group(3).isEmpty() ? 1 : -1;
        String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000").substring(0, 6);
        parts[2] += sign * ((Long.parseLong(m.group(4)) * 3600 + Long.parseLong(m.group(5)) * 60
            + Long.parseLong(m.group(6))) * SECOND + Long.parseLong(fraction));
      }
    }
    return parts;
  }

  private static void word(List<String> words, long amount, String unit) {
    if (amount != 0) {
      words.add(amount + " " + unit + (amount == 1 ? "" : "s"));
    }
  }
}
