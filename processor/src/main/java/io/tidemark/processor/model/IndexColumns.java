package io.tidemark.processor.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index-column grammar {@code col [ASC|DESC] [NULLS FIRST|LAST]} (keywords in any case),
 * normalized to upper-case keywords with PostgreSQL's defaults left out, as
 * {@code pg_get_indexdef} prints it: {@code "timebin desc" -> "timebin DESC"},
 * {@code "x ASC NULLS LAST" -> "x"}, {@code "x DESC NULLS FIRST" -> "x DESC"}.
 */
final class IndexColumns {
  private static final Pattern ENTRY = Pattern.compile(
      "([A-Za-z_][A-Za-z0-9_$]*)(?:\\s+(ASC|DESC))?(?:\\s+NULLS\\s+(FIRST|LAST))?",
      Pattern.CASE_INSENSITIVE);

  static final String GRAMMAR = "col [ASC|DESC] [NULLS FIRST|LAST], for example \"ts DESC NULLS LAST\"";

  private IndexColumns() {}

  /** A parsed entry: its column and its normalized form. */
  record Entry(String column, String normalized) {}

  static Optional<Entry> parse(String text) {
    Matcher m = ENTRY.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String column = m.group(1);
    boolean desc = m.group(2) != null && m.group(2).equalsIgnoreCase("DESC");
    String nulls = m.group(3) == null ? null : m.group(3).toUpperCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder(column);
    if (desc) {
      out.append(" DESC");
    }
    if (nulls != null && nulls.equals(desc ? "LAST" : "FIRST")) {
      out.append(" NULLS ").append(nulls);
    }
    return Optional.of(new Entry(column, out.toString()));
  }
}
