package io.tidemark.processor.model;

import io.tidemark.ddl.SequenceOptions;

/**
 * Reads the sequence options that {@code @Identity} and {@code @Sequence} share, and reports
 * those that cannot hold together on the attribute at fault.
 */
final class SequenceOptionsReader {
  private SequenceOptionsReader() {}

  /**
   * The options of {@code ann} for a sequence of {@code type}, {@code null} after reporting
   * ones that cannot hold together under {@code code}, the message starting with {@code subject}.
   */
  static SequenceOptions read(Reporter reporter, Ann ann, String type, Code code,
      String subject) {
    Long start = unset(ann.longValue("start"), 0);
    Long increment = unset(ann.longValue("increment"), 0);
    Long min = unset(ann.longValue("minValue"), Long.MIN_VALUE);
    Long max = unset(ann.longValue("maxValue"), Long.MAX_VALUE);
    Long cache = unset(ann.longValue("cache"), 0);
    long typeMax = type.equals("smallint") ? Short.MAX_VALUE
        : type.equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
    long typeMin = -typeMax - 1;
    String problem = null;
    String attribute = null;
    if (cache != null && cache < 1) {
      problem = "cache = " + cache + " must be at least 1";
      attribute = "cache";
    } else if (min != null && (min < typeMin || min > typeMax)
        || max != null && (max < typeMin || max > typeMax)) {
      problem = "minValue and maxValue must lie within " + type + " (" + typeMin + " to "
          + typeMax + ")";
      attribute = min != null && (min < typeMin || min > typeMax) ? "minValue" : "maxValue";
    } else if (min != null && max != null && min >= max) {
      problem = "minValue = " + min + " must be less than maxValue = " + max;
      attribute = "minValue";
    } else if (start != null && (min != null && start < min || max != null && start > max)) {
      problem = "start = " + start + " must lie between minValue and maxValue";
      attribute = "start";
    }
    if (problem != null) {
      reporter.error(code, ann.place(attribute), subject + ": " + problem
          + "; change it, or leave it out for PostgreSQL's default.");
      return null;
    }
    return new SequenceOptions(start, increment, min, max, cache, ann.bool("cycle"));
  }

  private static Long unset(long value, long unset) {
    return value == unset ? null : value;
  }
}
