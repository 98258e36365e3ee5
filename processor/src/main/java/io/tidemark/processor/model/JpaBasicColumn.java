package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.dialect.Naming;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one basic JPA field into a column typed, named and constrained as Hibernate 6/7 maps it on
 * PostgreSQL with Spring Boot's naming; Tidemark's {@code @Column}, {@code @Identity},
 * {@code @EnumType} and {@code @References} beside it add what JPA cannot say, and where both
 * say the same thing differently TM044 is reported.
 */
final class JpaBasicColumn {
  static final String TIDEMARK_COLUMN = "io.tidemark.annotations.Column";
  private static final String P = Ann.JPA;
  /** Hibernate's length of a string column without one. */
  private static final int LENGTH = 255;
  /** Hibernate's precision and scale of a {@code BigDecimal} column without them. */
  private static final int PRECISION = 38;
  private static final int SCALE = 2;

  private final Reporter reporter;
  /** The entity whose columns are read, for the names of its sequences; null for none. */
  private final TypeElement entity;

  JpaBasicColumn(Reporter reporter, TypeElement entity) {
    this.reporter = reporter;
    this.entity = entity;
  }

  /**
   * The column of a basic field; {@code override} is the {@code @AttributeOverride} column of an
   * embedding that replaces the field's own {@code @Column}, or null.
   */
  Optional<FieldColumn> read(Element field, Map<String, List<Ann>> anns, Ann override) {
    Ann jpa = override != null ? override : ColumnReader.first(anns, P + "Column");
    Ann tidemark = ColumnReader.first(anns, TIDEMARK_COLUMN);
    TypeMirror javaType = field.asType();
    if (javaType.getKind() == TypeKind.ERROR) {
      return Optional.empty();
    }
    boolean id = anns.containsKey(P + "Id") || anns.containsKey("io.tidemark.annotations.Id");
    String name = Naming.physical(jpa != null && !jpa.string("name").isEmpty()
        ? jpa.string("name") : field.getSimpleName().toString());
    boolean nullable = jpa != null && jpa.isSet("nullable") ? jpa.bool("nullable")
        : tidemark == null || tidemark.bool("nullable");
    Ann basic = ColumnReader.first(anns, P + "Basic");
    boolean ok = agrees(field, tidemark, "name", name, "column name")
        & (jpa == null || !jpa.isSet("nullable")
            || agrees(field, tidemark, "nullable", nullable, "nullability"))
        & (jpa == null || !jpa.isSet("unique")
            || agrees(field, tidemark, "unique", jpa.bool("unique"), "uniqueness"))
        & (jpa == null || !jpa.isSet("length")
            || tidemark == null || tidemark.integer("length") == 0
            || agrees(field, tidemark, "length", jpa.integer("length"), "length"));
    nullable &= (basic == null || basic.bool("optional"))
        && !javaType.getKind().isPrimitive() && !id;
    boolean unique = jpa != null && jpa.bool("unique") || tidemark != null && tidemark.bool("unique");
    String explicit = null;
    if (tidemark != null && !tidemark.string("type").isEmpty()) {
      explicit = SqlTypes.normalize(tidemark.string("type"));
    }
    if (jpa != null && !jpa.string("columnDefinition").isEmpty()) {
      String definition = SqlTypes.normalize(jpa.string("columnDefinition"));
      ok &= explicit == null || agrees(field, tidemark, "type", definition, "type");
      explicit = definition;
    }
    if (!ok) {
      return Optional.empty();
    }
    int length = size(jpa, tidemark, "length", LENGTH);
    TypeElement enumType = ColumnReader.enumType(javaType);
    String enumCheck = null;
    EnumDeclaration declared = null;
    String type = explicit;
    if (enumType != null) {
      JpaEnums.Mapping mapping = new JpaEnums(reporter).map(field, anns, enumType, name, length);
      if (mapping == null) {
        return Optional.empty();
      }
      declared = explicit == null ? mapping.declared() : null;
      type = explicit != null ? explicit : mapping.type();
      enumCheck = declared == null ? mapping.check() : null;
    } else if (type == null) {
      String mapped = SqlTypes.forJava(ColumnReader.javaName(javaType));
      if (mapped == null) {
        reporter.error(Code.TM001, Place.of(field), "No SQL type for field "
            + field.getSimpleName() + " of type " + javaType + "; write @Column(columnDefinition"
            + " = \"...\") with the PostgreSQL type (for example \"jsonb\"), mark it @Transient,"
            + " or use a supported type.");
        return Optional.empty();
      }
      type = hibernateType(mapped, length, size(jpa, tidemark, "precision", PRECISION),
          size(jpa, tidemark, "scale", SCALE));
    }
    String defaultValue = tidemark == null || tidemark.string("defaultValue").isEmpty() ? null
        : tidemark.string("defaultValue");
    ColumnDef column = new ColumnDef(name, type, nullable, defaultValue);
    Drawn drawn = sequence(field, anns, tidemark, column);
    if (!drawn.ok()) {
      return Optional.empty();
    }
    SequenceDef sequence = drawn.sequence();
    if (sequence != null) {
      column = column.defaultValue("nextval('" + sequence.name() + "')");
    }
    Optional<ColumnDef> node = generated(field, anns, tidemark, column, sequence != null);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String renamedFrom = tidemark == null || tidemark.string("renamedFrom").isEmpty() ? null
        : tidemark.string("renamedFrom");
    return Optional.of(new FieldColumn(field, tidemark != null ? tidemark : jpa, node.get(), id,
        unique, enumCheck, ColumnReader.first(anns, "io.tidemark.annotations.References"),
        renamedFrom, declared, null, sequence));
  }

  /** The sequence a column draws from ({@code null} for none); not ok after an error. */
  private record Drawn(SequenceDef sequence, boolean ok) {}

  /**
   * The sequence a {@code SEQUENCE} or {@code AUTO} {@code @GeneratedValue} of an integral field
   * draws from.
   */
  private Drawn sequence(Element field, Map<String, List<Ann>> anns, Ann tidemark,
      ColumnDef column) {
    Ann generated = ColumnReader.first(anns, P + "GeneratedValue");
    String strategy = generated == null ? "" : generated.constant("strategy");
    if (!strategy.equals("SEQUENCE")
        && !(strategy.equals("AUTO") && !column.type().equals("uuid"))) {
      return new Drawn(null, true);
    }
    if (!SqlTypes.isInteger(column.type())) {
      reporter.error(Code.TM046, generated.place("strategy"), "Field " + field.getSimpleName()
          + " of type " + column.type() + " has @GeneratedValue(strategy = " + strategy + "),"
          + " which draws from a sequence of bigint values; make the field a long.");
      return new Drawn(null, false);
    }
    SequenceDef sequence = JpaSequences.of(field, anns, generated, entity);
    String nextval = "nextval('" + sequence.name() + "')";
    return new Drawn(sequence, agrees(field, tidemark, "defaultValue", nextval, "default"));
  }

  /**
   * The column with the identity {@code @GeneratedValue(strategy = IDENTITY)} (and Tidemark's
   * {@code @Identity}) give it; {@code drawn}: it takes its values from a sequence.
   */
  private Optional<ColumnDef> generated(Element field, Map<String, List<Ann>> anns, Ann tidemark,
      ColumnDef node, boolean drawn) {
    Ann generated = ColumnReader.first(anns, P + "GeneratedValue");
    GeneratedColumns columns = new GeneratedColumns(reporter);
    String strategy = generated == null ? "" : generated.constant("strategy");
    if (strategy.equals("TABLE")) {
      reporter.error(Code.TM046, generated.place("strategy"), "Field " + field.getSimpleName()
          + " has @GeneratedValue(strategy = TABLE), which needs Hibernate's generator table"
          + " that Tidemark does not generate; use GenerationType.IDENTITY or SEQUENCE.");
      return Optional.empty();
    }
    if (!strategy.equals("IDENTITY")) {
      return drawn ? Optional.of(node) : columns.apply(field, anns, tidemark, node);
    }
    boolean identity = anns.containsKey("io.tidemark.annotations.Identity");
    return columns.apply(field, anns, tidemark, node, identity ? "NONE" : "BY_DEFAULT",
        generated.place("strategy"));
  }

  /**
   * The JPA value of a size attribute when written, else Tidemark's {@code @Column} one when not
   * zero, else Hibernate's default.
   */
  private static int size(Ann jpa, Ann tidemark, String attribute, int fallback) {
    if (jpa != null && jpa.isSet(attribute) && jpa.integer(attribute) != 0) {
      return jpa.integer(attribute);
    }
    if (tidemark != null && tidemark.integer(attribute) != 0) {
      return tidemark.integer(attribute);
    }
    return fallback;
  }

  /** The type Hibernate gives a Java type that Tidemark maps to {@code mapped}. */
  static String hibernateType(String mapped, int length, int precision, int scale) {
    return switch (mapped) {
      case SqlTypes.TEXT -> "character varying(" + length + ")";
      case "numeric" -> "numeric(" + precision + "," + scale + ")";
      case SqlTypes.TIMESTAMPTZ -> "timestamp(6) with time zone";
      case "timestamp without time zone" -> "timestamp(6) without time zone";
      case "time without time zone" -> "time(6) without time zone";
      default -> mapped;
    };
  }

  /**
   * Whether Tidemark's {@code ann.attribute}, when written, equals what JPA gives, {@code jpa};
   * false after reporting TM044 on it.
   */
  boolean agrees(Element field, Ann ann, String attribute, Object jpa, String what) {
    return agrees(field, ann, "@Column", attribute, jpa, what);
  }

  /** Like {@link #agrees(Element, Ann, String, Object, String)} for another annotation. */
  boolean agrees(Element field, Ann ann, String annotation, String attribute, Object jpa,
      String what) {
    if (ann == null || !ann.isSet(attribute)) {
      return true;
    }
    Object tidemark = jpa instanceof Boolean ? (Object) ann.bool(attribute)
        : jpa instanceof Integer ? (Object) ann.integer(attribute)
        : attribute.equals("type") ? SqlTypes.normalize(ann.string(attribute))
        : ann.string(attribute);
    if (Objects.equals(tidemark, jpa)) {
      return true;
    }
    reporter.error(Code.TM044, ann.place(attribute), "Field " + field.getSimpleName() + ": "
        + annotation + "(" + attribute + " = " + quoted(tidemark) + ") of Tidemark disagrees with"
        + " the " + what + " its JPA mapping gives, " + quoted(jpa) + "; remove " + attribute
        + " from Tidemark's " + annotation + ", or change the JPA mapping so both say the same.");
    return false;
  }

  private static String quoted(Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }
}
