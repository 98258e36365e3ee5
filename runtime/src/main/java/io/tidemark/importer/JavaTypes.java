package io.tidemark.importer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java type of a column, DESIGN's type table read in reverse: {@code integer} is
 * {@code int} when NOT NULL and {@code Integer} when nullable, {@code timestamp with time zone}
 * is {@code Instant}, and so on. {@code character varying(n)} and {@code numeric(p,s)} keep
 * their size as {@code length}, {@code precision} and {@code scale}; any other type, or one the
 * Java type would map differently (a serial, {@code timestamp(3)}), is written out as
 * {@code @Column(type = "...")}, on a {@code String} field when no Java type maps to it.
 */
record JavaTypes(TypeName java, String explicitType, int length, int precision, int scale) {
  private static final Pattern SIZED = Pattern.compile("(character varying|numeric)\\((\\d+)(?:,(\\d+))?\\)");
  private static final Pattern PARAMETERS = Pattern.compile("\\(\\d+(,\\d+)?\\)");

  /** Base SQL types (parameters removed) to Java types; primitives where one exists. */
  private static final Map<String, TypeName> JAVA = Map.ofEntries(
      Map.entry("text", ClassName.get(String.class)),
      Map.entry("character varying", ClassName.get(String.class)),
      Map.entry("integer", TypeName.INT),
      Map.entry("serial", TypeName.INT),
      Map.entry("bigint", TypeName.LONG),
      Map.entry("bigserial", TypeName.LONG),
      Map.entry("smallint", TypeName.SHORT),
      Map.entry("smallserial", TypeName.SHORT),
      Map.entry("boolean", TypeName.BOOLEAN),
      Map.entry("double precision", TypeName.DOUBLE),
      Map.entry("real", TypeName.FLOAT),
      Map.entry("numeric", ClassName.get("java.math", "BigDecimal")),
      Map.entry("timestamp with time zone", ClassName.get("java.time", "Instant")),
      Map.entry("timestamp without time zone", ClassName.get("java.time", "LocalDateTime")),
      Map.entry("date", ClassName.get("java.time", "LocalDate")),
      Map.entry("time without time zone", ClassName.get("java.time", "LocalTime")),
      Map.entry("uuid", ClassName.get("java.util", "UUID")),
      Map.entry("bytea", ArrayTypeName.of(TypeName.BYTE)));

  /** Base types whose Java type the processor maps to another SQL type by default. */
  private static final Set<String> OTHER_DEFAULT =
      Set.of("character varying", "serial", "bigserial", "smallserial");

  /** The Java side of a column of SQL type {@code type}; {@code notNull} picks a primitive. */
  static JavaTypes of(String type, boolean notNull) {
    Matcher sized = SIZED.matcher(type);
    if (sized.matches()) {
      boolean text = sized.group(1).equals("character varying");
      int size = Integer.parseInt(sized.group(2));
      int scale = sized.group(3) == null ? 0 : Integer.parseInt(sized.group(3));
      return text ? new JavaTypes(JAVA.get("text"), null, size, 0, 0)
          : new JavaTypes(JAVA.get("numeric"), null, 0, size, scale);
    }
    String base = PARAMETERS.matcher(type).replaceFirst("");
    TypeName java = JAVA.get(base);
    if (java == null) {
      return new JavaTypes(JAVA.get("text"), type, 0, 0, 0);
    }
    if (java.isPrimitive() && !notNull) {
      java = java.box();
    }
    boolean exact = base.equals(type) && !OTHER_DEFAULT.contains(base);
    return new JavaTypes(java, exact ? null : type, 0, 0, 0);
  }
}
