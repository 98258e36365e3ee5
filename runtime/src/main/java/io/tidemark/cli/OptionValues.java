package io.tidemark.cli;

import io.tidemark.executor.Durations;
import io.tidemark.internal.picocli.CommandLine.ITypeConverter;
import io.tidemark.internal.picocli.CommandLine.TypeConversionException;

/**
 * Reads the values of the options that take a duration ({@code 10s}, {@code 500ms},
 * {@code 2m}, {@code 1h}, or a plain number of milliseconds) or a count, and refuses a
 * negative or malformed one with an example of a valid value for that option.
 */
final class OptionValues {
  private OptionValues() {}

  /** A duration in milliseconds; the message shows {@code option example}. */
  static ITypeConverter<Long> duration(String option, String example) {
    return text -> {
      try {
        return Durations.parse(text).toMillis();
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage() + ", for example " + option + " "
            + example + ".");
      }
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
