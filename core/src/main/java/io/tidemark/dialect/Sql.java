package io.tidemark.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides how names and values are spelled in PostgreSQL text: which identifiers need
 * double quotes, how qualified names split, how literals and intervals are escaped.
 */
final class Sql {
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
  private static final Pattern REFERENTIAL_ACTION =
      Pattern.compile("CASCADE|RESTRICT|NO ACTION|SET NULL|SET DEFAULT");

  /**
   * PostgreSQL's reserved key words, categories "reserved" and "reserved (can be function or
   * type)" of the SQL Key Words appendix; unreserved and non-reserved words need no quotes.
   */
  static final Set<String> RESERVED = Set.of(
      "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric",
      "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
      "column", "concurrently", "constraint", "create", "cross", "current_catalog",
      "current_date", "current_role", "current_schema", "current_time", "current_timestamp",
      "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
      "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant",
      "group", "having", "ilike", "in", "initially", "inner", "intersect", "into", "is",
      "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
      "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or",
      "order", "outer", "overlaps", "placing", "primary", "references", "returning", "right",
      "select", "session_user", "similar", "some", "symmetric", "system_user", "table",
      "tablesample", "then", "to", "trailing", "true", "union", "unique", "user", "using",
      "variadic", "verbose", "when", "where", "window", "with");

  private Sql() {}

  /** One identifier, double-quoted unless PostgreSQL reads it unquoted as the same name. */
  static String quote(String identifier) {
    if (identifier == null || identifier.isEmpty()) {
      throw new IllegalArgumentException("an SQL identifier must not be empty");
    }
    if (bare(identifier) && !RESERVED.contains(identifier)) {
      return identifier;
    }
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** True for {@code [a-z_][a-z0-9_$]*}, which PostgreSQL reads unquoted as itself. */
  private static boolean bare(String identifier) {
    if (identifier.isEmpty()) {
      return false;
    }
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '$'))) {
        return false;
      }
    }
    return true;
  }

  /** A {@code "name"} or {@code "schema.name"} (split at the first dot), quoted part by part. */
  static String qualified(String name) {
    int dot = dotIndex(name);
    return dot < 0 ? quote(name) : quote(name.substring(0, dot)) + '.' + quote(name.substring(dot + 1));
  }

  /** The schema part of a qualified name, or {@code null} for an unqualified one. */
  static String schemaOf(String name) {
    int dot = dotIndex(name);
    return dot < 0 ? null : name.substring(0, dot);
  }

  /** The name without its schema. */
  static String localName(String name) {
    int dot = dotIndex(name);
    return dot < 0 ? name : name.substring(dot + 1);
  }

  /** {@code name} placed in the schema of {@code sibling}: indexes live with their table. */
  static String inSchemaOf(String sibling, String name) {
    String schema = schemaOf(sibling);
    return schema == null ? quote(name) : quote(schema) + '.' + quote(name);
  }

  private static int dotIndex(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("a table or view name must not be empty");
    }
    int dot = name.indexOf('.');
    if (dot == 0 || dot == name.length() - 1) {
      throw new IllegalArgumentException(
          "not a valid name: \"" + name + "\" (write \"table\" or \"schema.table\")");
    }
    return dot;
  }

  /** A string literal with embedded single quotes doubled. */
  static String literal(String value) {
    return '\'' + value.replace("'", "''") + '\'';
  }

  /** The qualified, quoted name as a text literal, for TimescaleDB's regclass parameters. */
  static String regclass(String name) {
    return literal(qualified(name));
  }

  /**
   * An interval argument: a bare integer for hypertables partitioned by an integer column,
   * otherwise {@code INTERVAL '...'}; {@code null} stays {@code NULL}.
   */
  static String interval(String value) {
    if (value == null) {
      return "NULL";
    }
    String trimmed = value.trim();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("an interval must not be empty (write for example \"7 days\")");
    }
    return INTEGER.matcher(trimmed).matches() ? trimmed : "INTERVAL " + literal(trimmed);
  }

  static String columnList(List<String> columns) {
    StringBuilder sql = new StringBuilder();
    for (String column : columns) {
      sql.append(sql.length() == 0 ? "" : ", ").append(quote(column));
    }
    return sql.toString();
  }

  /** Index or ORDER BY entries, each as {@link IndexColumn} spells it in SQL. */
  static String orderedColumnList(List<String> entries) {
    StringBuilder sql = new StringBuilder();
    for (String entry : entries) {
      sql.append(sql.length() == 0 ? "" : ", ").append(IndexColumn.parse(entry).sql());
    }
    return sql.toString();
  }

  /** {@code ON DELETE}/{@code ON UPDATE} action, checked so nothing else reaches the SQL. */
  static String referentialAction(String action) {
    String normalized = action.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    if (!REFERENTIAL_ACTION.matcher(normalized).matches()) {
      throw new IllegalArgumentException("not a referential action: \"" + action
          + "\" (use CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT)");
    }
    return normalized;
  }
}
