package io.tidemark.executor;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them, on the command line and in {@code @Revision} ({@code 100ms},
 * {@code 10s}, {@code 5m}, {@code 1h}, or a plain number of milliseconds), and as messages
 * print them.
 */
public final class Durations {
  private static final Pattern DURATION = Pattern.compile("(-?\\d{1,12})\\s*(ms|s|m|h)?");

  private Durations() {}

  /**
   * The duration {@code text} names; an {@link IllegalArgumentException} saying what is wrong
   * when it is malformed or negative.
   */
  public static Duration parse(String text) {
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration: write a number "
          + "with ms, s, m or h (a plain number counts milliseconds)");
    }
    long value = Long.parseLong(m.group(1));
    if (value < 0) {
      throw new IllegalArgumentException("'" + text + "' is negative: give 0 or a positive "
          + "duration");
    }
    String unit = m.group(2) == null ? "ms" : m.group(2);
    return switch (unit) {
      case "h" -> Duration.ofHours(value);
      case "m" -> Duration.ofMinutes(value);
      case "s" -> Duration.ofSeconds(value);
      default -> Duration.ofMillis(value);
    };
  }

  /** {@code 640 ms}, {@code 4 s}, {@code 5 min}, {@code 2 min 30 s}. */
  public static String text(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    long seconds = millis / 1000;
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    return minutes + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
  }
}
