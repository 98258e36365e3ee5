package io.tidemark.processor.diff;

import io.tidemark.ddl.CompressionDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.snapshot.TimescaleNode;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** What the diff needs to know about SQL text in the snapshot: constants and the columns it names. */
final class Sql {
  /** Literals TimescaleDB accepts as a constant default on a compressed table. */
  private static final Pattern CONSTANT = Pattern.compile(
      "(?i)\\(*\\s*(?:[-+]?\\d+(?:\\.\\d+)?(?:e[-+]?\\d+)?|'(?:[^']|'')*'|true|false|null)\\s*\\)*"
          + "(?:\\s*::\\s*[a-z_][a-z0-9_ ]*(?:\\([0-9, ]*\\))?(?:\\[\\])*)?");

  private Sql() {}

  static boolean isConstant(String expression) {
    return CONSTANT.matcher(expression.strip()).matches();
  }

  /** {@code null} for empty text: the snapshot writes absent settings either way. */
  static String absent(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** The columns that compression settings name (segmentby, then orderby). */
  static Set<String> compressionColumns(TimescaleNode hypertable) {
    Set<String> names = new HashSet<>();
    CompressionDef compression = hypertable == null ? null : hypertable.compression();
    if (compression != null) {
      names.addAll(compression.segmentBy());
      for (String entry : compression.orderBy()) {
        IndexColumn.tryParse(entry).map(IndexColumn::column).ifPresent(names::add);
      }
    }
    return names;
  }
}
