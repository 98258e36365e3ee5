package io.tidemark.history;

import io.tidemark.dialect.PostgresDialect;
import java.util.Collection;
import java.util.List;

/** Literal lists for the version-table statements, quoted like the dialect quotes. */
final class SqlText {
  private SqlText() {}

  /** A {@code text[]} literal, {@code ARRAY[]::text[]} when empty. */
  static String textArray(List<String> values) {
    return literals(values, "ARRAY[", "]::text[]");
  }

  /** {@code ('a', 'b')} for an IN list; the list must not be empty. */
  static String inList(Collection<String> values) {
    return literals(values, "(", ")");
  }

  /** The values as string literals, separated by commas, between {@code open} and {@code close}. */
  private static String literals(Collection<String> values, String open, String close) {
    StringBuilder sql = new StringBuilder(open);
    for (String value : values) {
      sql.append(sql.length() == open.length() ? "" : ", ").append(PostgresDialect.literal(value));
    }
    return sql.append(close).toString();
  }
}
