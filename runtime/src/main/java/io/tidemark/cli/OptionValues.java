package io.tidemark.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the values of the options that take a duration ({@code 10s}, {@code 500ms},
 * {@code 2m}, {@code 1h}, or a plain number of milliseconds) or a count, and refuses a
 * negative or malformed one with an example of a valid value for that option.
 */
final class OptionValues {
  private static final Pattern DURATION = Pattern.compile("(-?\\d{1,12})\\s*(ms|s|m|h)?");

  private OptionValues() {}

  /** A duration in milliseconds; the message shows {@code option example}. */
  static ITypeConverter<Long> duration(String option, String example) {
    return text -> {
      Matcher m = DURATION.matcher(text.strip());
      if (!m.matches()) {
        throw new TypeConversionException("'" + text + "' is not a duration: write a number "
            + "with ms, s, m or h (a plain number counts milliseconds), for example "
            + option + " " + example + ".");
      }
      long value = Long.parseLong(m.group(1));
      if (value < 0) {
        throw new TypeConversionException("'" + text + "' is negative: give 0 or a positive "
            + "duration, for example " + option + " " + example + ".");
      }
      String unit = m.group(2) == null ? "ms" : m.group(2);
      long factor = switch (unit) {
        case "h" -> 3_600_000L;
        case "m" -> 60_000L;
        case "s" -> 1_000L;
        default -> 1L;
      };
      return value * factor;
    };
  }

  /** A count of zero or more; the message shows {@code option example}. */
  static ITypeConverter<Integer> count(String option, String example) {
    return text -> {
      int value;
      try {
        value = Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + text + "' is not a whole number, for example "
            + option + " " + example + ".");
      }
      if (value < 0) {
        throw new TypeConversionException("'" + text + "' is negative: give 0 or more, for "
            + "example " + option + " " + example + ".");
      }
      return value;
    };
  }
}
