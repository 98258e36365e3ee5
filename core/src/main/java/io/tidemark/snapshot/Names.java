package io.tidemark.snapshot;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Shared helpers for names in the snapshot. */
final class Names {
  private Names() {}

  static String qualify(String schema, String name) {
    return schema.isEmpty() ? name : schema + "." + name;
  }

  static <T> List<T> sorted(List<T> items, Function<T, String> name) {
    return items.stream().sorted(Comparator.comparing(name)).toList();
  }
}
