package io.tidemark.processor.lint;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides from its text whether a default expression makes {@code ADD COLUMN} rewrite the table.
 * PostgreSQL 11 and later store a non-volatile default once, without touching the rows; a
 * volatile one ({@code random()}, {@code gen_random_uuid()}, {@code clock_timestamp()},
 * {@code nextval(...)}, a serial or identity type) is computed for every row by a rewrite.
 * {@code now()} and {@code current_timestamp} are stable, so they do not rewrite. A call of a
 * function this class does not know is reported too: its volatility is only known to the server.
 */
final class Volatility {
  /** Functions PostgreSQL (and pgcrypto, uuid-ossp) declare VOLATILE. */
  private static final Set<String> VOLATILE = Set.of("random", "random_normal", "gen_random_uuid",
      "gen_random_bytes", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4",
      "uuidv7", "clock_timestamp", "timeofday", "nextval", "setseed");

  /** Calls that are constructs or STABLE/IMMUTABLE functions, evaluated once. */
  private static final Set<String> STABLE = Set.of("now", "transaction_timestamp",
      "statement_timestamp", "current_timestamp", "localtimestamp", "current_time", "localtime", "current_setting", "coalesce", "nullif", "greatest", "least", "row",
      "array", "lower", "upper", "trim", "concat", "length", "abs", "round", "make_interval",
      "make_date", "make_time", "make_timestamp", "make_timestamptz", "to_timestamp", "to_date",
      "jsonb_build_object", "json_build_object", "jsonb_build_array", "json_build_array",
      "to_jsonb", "to_json", "array_fill", "timezone", "date_trunc", "extract", "cast");

  /** A function call: a name before an opening parenthesis, unless it is a cast's type. */
  private static final Pattern CALL = Pattern.compile("(::\\s*)?\\b([a-z_][a-z0-9_$]*)\\s*\\(");

  /** String literals, whose content is not code. */
  private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

  private static final Set<String> SERIAL_TYPES =
      Set.of("serial", "serial2", "serial4", "serial8", "smallserial", "bigserial");

  private Volatility() {}

  /**
   * Why adding a column of {@code type} with {@code defaultValue} (null: none) rewrites the
   * table, or empty when it does not.
   */
  static Optional<String> rewriteReason(String type, String defaultValue) {
    String t = type.toLowerCase(Locale.ROOT);
    if (SERIAL_TYPES.contains(t)) {
      return Optional.of("its type " + type + " takes its default from nextval(), which is"
          + " volatile");
    }
    if (t.contains(" identity")) {
      return Optional.of("an identity column is filled from its sequence row by row");
    }
    if (defaultValue == null) {
      return Optional.empty();
    }
    String code = LITERAL.matcher(defaultValue.toLowerCase(Locale.ROOT)).replaceAll("''");
    Matcher call = CALL.matcher(code);
    while (call.find()) {
      if (call.group(1) != null) {
        continue;
      }
      String name = call.group(2);
      if (VOLATILE.contains(name)) {
        return Optional.of("its default " + defaultValue + " calls " + name + "(), which is"
            + " volatile");
      }
      if (!STABLE.contains(name)) {
        return Optional.of("its default " + defaultValue + " calls " + name + "(), which may be"
            + " volatile (only the server knows; if it is STABLE or IMMUTABLE, acknowledge)");
      }
    }
    return Optional.empty();
  }
}
