package io.tidemark.ddl;

/**
 * The options of a sequence, standalone or an identity column's, each {@code null} for
 * PostgreSQL's default ({@code start} at {@code minValue} when ascending, increment 1, no bounds
 * beyond the type's, cache 1); {@code cycles}: it wraps around at the end of its range.
 */
public record SequenceOptions(
    Long start, Long increment, Long minValue, Long maxValue, Long cache, boolean cycles) {
  /** Every option at PostgreSQL's default. */
  public static final SequenceOptions DEFAULTS =
      new SequenceOptions(null, null, null, null, null, false);

  public SequenceOptions {
    if (increment != null && increment == 0) {
      throw new IllegalArgumentException("a sequence's increment must not be 0");
    }
    if (cache != null && cache < 1) {
      throw new IllegalArgumentException("a sequence's cache must be at least 1, not " + cache);
    }
    if (minValue != null && maxValue != null && minValue >= maxValue) {
      throw new IllegalArgumentException("a sequence's minValue " + minValue
          + " must be less than its maxValue " + maxValue);
    }
  }

  public SequenceOptions start(long value) {
    return new SequenceOptions(value, increment, minValue, maxValue, cache, cycles);
  }

  public SequenceOptions increment(long value) {
    return new SequenceOptions(start, value, minValue, maxValue, cache, cycles);
  }

  public SequenceOptions minValue(long value) {
    return new SequenceOptions(start, increment, value, maxValue, cache, cycles);
  }

  public SequenceOptions maxValue(long value) {
    return new SequenceOptions(start, increment, minValue, value, cache, cycles);
  }

  public SequenceOptions cache(long value) {
    return new SequenceOptions(start, increment, minValue, maxValue, value, cycles);
  }

  /** Wraps around at the end of the range instead of failing. */
  public SequenceOptions cycle() {
    return new SequenceOptions(start, increment, minValue, maxValue, cache, true);
  }

  /** The increment, 1 when left out. */
  public long step() {
    return increment == null ? 1 : increment;
  }

  /** The start PostgreSQL takes when none is given: the lower bound ascending, else the upper. */
  public long effectiveStart() {
    if (start != null) {
      return start;
    }
    if (step() > 0) {
      return minValue == null ? 1 : minValue;
    }
    return maxValue == null ? -1 : maxValue;
  }

  /**
   * The same options with every one that equals PostgreSQL's default for a sequence of
   * {@code type} (smallint, integer, else bigint) left out, so a declaration and a database
   * compare equal however they spell it.
   */
  public SequenceOptions canonical(String type) {
    boolean ascending = step() > 0;
    long typeMax = switch (type) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
    long typeMin = switch (type) {
      case "smallint" -> Short.MIN_VALUE;
      case "integer" -> Integer.MIN_VALUE;
      default -> Long.MIN_VALUE;
    };
    Long min = unless(minValue, ascending ? 1 : typeMin);
    Long max = unless(maxValue, ascending ? typeMax : -1);
    long low = minValue == null ? (ascending ? 1 : typeMin) : minValue;
    long high = maxValue == null ? (ascending ? typeMax : -1) : maxValue;
    return new SequenceOptions(unless(start, ascending ? low : high), unless(increment, 1),
        min, max, unless(cache, 1), cycles);
  }

  private static Long unless(Long value, long defaultValue) {
    return value == null || value == defaultValue ? null : value;
  }
}
