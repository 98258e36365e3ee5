package io.tidemark.processor.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps Java types to PostgreSQL types and spells every type the way {@code format_type}
 * prints it, so {@code int}, {@code int4} and {@code integer} are one type in the snapshot.
 */
final class SqlTypes {
  static final String TEXT = "text";
  static final String TIMESTAMPTZ = "timestamp with time zone";

  /** Java types (qualified or primitive names) to their default SQL type. */
  private static final Map<String, String> JAVA = Map.ofEntries(
      Map.entry("java.lang.String", TEXT),
      Map.entry("int", "integer"),
      Map.entry("java.lang.Integer", "integer"),
      Map.entry("long", "bigint"),
      Map.entry("java.lang.Long", "bigint"),
      Map.entry("short", "smallint"),
      Map.entry("java.lang.Short", "smallint"),
      Map.entry("boolean", "boolean"),
      Map.entry("java.lang.Boolean", "boolean"),
      Map.entry("double", "double precision"),
      Map.entry("java.lang.Double", "double precision"),
      Map.entry("float", "real"),
      Map.entry("java.lang.Float", "real"),
      Map.entry("java.math.BigDecimal", "numeric"),
      Map.entry("java.time.Instant", TIMESTAMPTZ),
      Map.entry("java.time.OffsetDateTime", TIMESTAMPTZ),
      Map.entry("java.time.LocalDateTime", "timestamp without time zone"),
      Map.entry("java.time.LocalDate", "date"),
      Map.entry("java.time.LocalTime", "time without time zone"),
      Map.entry("java.util.UUID", "uuid"),
      Map.entry("byte[]", "bytea"));

  /** Aliases PostgreSQL accepts, by their canonical spelling. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"),
      Map.entry("int4", "integer"),
      Map.entry("int8", "bigint"),
      Map.entry("int2", "smallint"),
      Map.entry("bool", "boolean"),
      Map.entry("float8", "double precision"),
      Map.entry("float", "double precision"),
      Map.entry("float4", "real"),
      Map.entry("decimal", "numeric"),
      Map.entry("varchar", "character varying"),
      Map.entry("char", "character"),
      Map.entry("bpchar", "character"),
      Map.entry("timestamptz", TIMESTAMPTZ),
      Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("timetz", "time with time zone"),
      Map.entry("time", "time without time zone"),
      Map.entry("varbit", "bit varying"));

  /** Types a hypertable's time column may have. */
  private static final Set<String> TIME_TYPES =
      Set.of("date", "smallint", "integer", "bigint");

  private static final Pattern PARAMS = Pattern.compile("^([a-z0-9_ .]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)(.*)$");

  private SqlTypes() {}

  /** The default SQL type of a Java type name, {@code null} when there is none. */
  static String forJava(String javaType) {
    return JAVA.get(javaType);
  }

  static boolean isTimeColumnType(String canonical) {
    return TIME_TYPES.contains(canonical) || canonical.startsWith("timestamp");
  }

  static boolean isInteger(String canonical) {
    return canonical.equals("smallint") || canonical.equals("integer") || canonical.equals("bigint");
  }

  /**
   * The canonical spelling of a type written by the user. Quoted or unknown types keep their
   * text with whitespace collapsed; known ones are lower-cased and de-aliased
   * ({@code varchar(20) -> character varying(20)}, {@code timestamptz(3) ->
   * timestamp(3) with time zone}, {@code int[] -> integer[]}, {@code numeric(10) -> numeric(10,0)}).
   */
  static String normalize(String written) {
    String type = written.strip().replaceAll("\\s+", " ");
    if (type.contains("\"")) {
      return type;
    }
    type = type.toLowerCase(Locale.ROOT);
    String array = "";
    while (type.endsWith("[]")) {
      array += "[]";
      type = type.substring(0, type.length() - 2).strip();
    }
    String canonical = base(type);
    return (canonical.equals("character") ? "character(1)" : canonical) + array;
  }

  private static String base(String type) {
    Matcher m = PARAMS.matcher(type);
    if (!m.matches()) {
      return zoned(type, null);
    }
    String name = m.group(1).strip();
    String p = m.group(2);
    String s = m.group(3);
    String rest = m.group(4).strip();
    if (!rest.isEmpty()) {
      return zoned(name + " " + rest, p);
    }
    String canonical = ALIASES.getOrDefault(name, name);
    if (canonical.equals("numeric")) {
      return "numeric(" + p + "," + (s == null ? "0" : s) + ")";
    }
    if (name.equals("float") && s == null) {
      return Integer.parseInt(p) <= 24 ? "real" : "double precision";
    }
    if (canonical.startsWith("timestamp") || canonical.startsWith("time ")) {
      return zoned(name, p);
    }
    return canonical + "(" + p + (s == null ? "" : "," + s) + ")";
  }

  /** Spells time types with their zone ({@code timestamp(3) with time zone}). */
  private static String zoned(String name, String precision) {
    String canonical = ALIASES.getOrDefault(name, name);
    String p = precision == null ? "" : "(" + precision + ")";
    for (String kind : new String[] {"timestamp", "time"}) {
      if (canonical.equals(kind + " with time zone") || canonical.equals(kind + " without time zone")) {
        return kind + p + canonical.substring(kind.length());
      }
    }
    return precision == null ? canonical : canonical + p;
  }
}
