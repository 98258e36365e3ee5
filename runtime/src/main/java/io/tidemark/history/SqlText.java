package io.tidemark.history;

import io.tidemark.dialect.PostgresDialect;
import java.util.List;
import java.util.stream.Collectors;

/** Literal lists for the version-table statements, quoted like the dialect quotes. */
final class SqlText {
  private SqlText() {}

  /** A {@code text[]} literal, {@code ARRAY[]::text[]} when empty. */
  static String textArray(List<String> values) {
    return values.stream().map(PostgresDialect::literal)
        .collect(Collectors.joining(", ", "ARRAY[", "]::text[]"));
  }

  /** {@code ('a', 'b')} for an IN list; the list must not be empty. */
  static String inList(List<String> values) {
    return values.stream().map(PostgresDialect::literal)
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
