package io.tidemark.bench;

import java.util.Arrays;

/** Medians of repeated timings, in seconds. */
final class Stats {
  private Stats() {}

  static double medianSeconds(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return median / 1e9;
  }

  static String seconds(double s) {
    return String.format(java.util.Locale.ROOT, "%.3f s", s);
  }

  static String ratio(double a, double b) {
    return String.format(java.util.Locale.ROOT, "%.2fx", a / b);
  }
}
