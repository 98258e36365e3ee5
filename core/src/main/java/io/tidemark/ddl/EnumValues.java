package io.tidemark.ddl;

import java.util.HashSet;
import java.util.List;

/** Checks the values of an enum type: at least one, none empty, none twice. */
final class EnumValues {
  private EnumValues() {}

  static List<String> checked(String type, List<String> values) {
    List<String> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("enum type " + type + " has no values: give at least one");
    }
    HashSet<String> seen = new HashSet<>();
    for (String value : copy) {
      if (value.isEmpty() || !seen.add(value)) {
        throw new IllegalArgumentException("enum type " + type + " has "
            + (value.isEmpty() ? "an empty value" : "the value " + value + " twice")
            + ": values are distinct, non-empty labels");
      }
    }
    return copy;
  }
}
