package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.snapshot.EnumNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads one field into a column: its name, SQL type, nullability, default and extras. */
final class ColumnReader {
  private static final String COLUMN = "io.tidemark.annotations.Column";
  private static final String ID = "io.tidemark.annotations.Id";
  private static final String REFERENCES = "io.tidemark.annotations.References";
  static final String TRANSIENT = "io.tidemark.annotations.Transient";
  private static final String ENUM_TYPE = "io.tidemark.annotations.EnumType";
  private static final String RENAMED_FROM = "io.tidemark.annotations.RenamedFrom";

  private final Reporter reporter;

  ColumnReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The column of {@code field}, empty (with an error reported) when it cannot be mapped. */
  Optional<FieldColumn> read(Element field, Map<String, List<Ann>> anns) {
    Ann column = first(anns, COLUMN);
    boolean id = anns.containsKey(ID);
    String name = Naming.snakeCase(field.getSimpleName().toString());
    String type = null;
    boolean nullable = true;
    String defaultValue = null;
    boolean unique = false;
    String renamedFrom = null;
    if (column != null) {
      name = column.string("name").isEmpty() ? name : column.string("name");
      type = column.string("type").isEmpty() ? null : SqlTypes.normalize(column.string("type"));
      nullable = column.bool("nullable");
      defaultValue = column.string("defaultValue").isEmpty() ? null : column.string("defaultValue");
      unique = column.bool("unique");
      renamedFrom = column.string("renamedFrom").isEmpty() ? null : column.string("renamedFrom");
    }
    TypeMirror javaType = field.asType();
    if (javaType.getKind() == TypeKind.ERROR) {
      return Optional.empty();
    }
    if (javaType.getKind().isPrimitive() || id) {
      nullable = false;
    }
    String enumCheck = null;
    TypeElement enumType = enumType(javaType);
    EnumDeclaration declared = enumType == null ? null : declaration(enumType);
    if (type == null) {
      if (declared != null) {
        type = declared.node().qualifiedName();
      } else if (enumType != null) {
        type = SqlTypes.TEXT;
      } else {
        String mapped = SqlTypes.forJava(javaName(javaType));
        if (mapped == null) {
          reporter.error(Code.TM001, Place.of(field), "No SQL type for field " + field.getSimpleName()
              + " of type " + javaType + "; write @Column(type = \"...\") with the PostgreSQL type"
              + " (for example \"jsonb\"), mark it @Transient, or use a supported type.");
          return Optional.empty();
        }
        type = sized(field, column, javaType, mapped);
        if (type == null) {
          return Optional.empty();
        }
      }
    }
    if (enumType != null) {
      if (!hasConstants(reporter, field, enumType)) {
        return Optional.empty();
      }
      if (declared == null || !type.equals(declared.node().qualifiedName())) {
        enumCheck = enumCheck(name, enumType);
      }
    }
    Ann references = first(anns, REFERENCES);
    Optional<ColumnDef> node = new GeneratedColumns(reporter).apply(field, anns, column,
        new ColumnDef(name, type, nullable, defaultValue));
    if (node.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FieldColumn(field, column, node.get(), id, unique, enumCheck,
        references, renamedFrom, type.equals(declared == null ? null
            : declared.node().qualifiedName()) ? declared : null));
  }

  /** False after reporting TM014 when {@code enumType} has no constants. */
  static boolean hasConstants(Reporter reporter, Element field, TypeElement enumType) {
    if (constants(enumType).isEmpty()) {
      reporter.error(Code.TM014, Place.of(field), "Enum " + enumType.getSimpleName()
          + " of field " + field.getSimpleName() + " has no constants, so no value could be"
          + " stored; add constants to the enum or map the field with @Column(type = \"text\").");
      return false;
    }
    return true;
  }

  /** The CHECK that keeps {@code column} to the constant names of {@code enumType}. */
  static String enumCheck(String column, TypeElement enumType) {
    return column + " IN (" + constants(enumType).stream().map(c -> "'" + c + "'")
        .collect(Collectors.joining(", ")) + ")";
  }

  /** The names of the constants of {@code enumType}, in declaration order. */
  static List<String> constants(TypeElement enumType) {
    return enumType.getEnclosedElements().stream()
        .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
        .map(e -> e.getSimpleName().toString()).toList();
  }

  /**
   * The native enum type an {@code @EnumType} enum declares, {@code null} without one: its
   * constants in order, and the values their {@code @RenamedFrom} rename.
   */
  static EnumDeclaration declaration(TypeElement enumType) {
    Ann declared = first(Ann.all(enumType), ENUM_TYPE);
    if (declared == null) {
      return null;
    }
    List<String> values = new ArrayList<>();
    Map<String, String> renamed = new java.util.HashMap<>();
    for (Element constant : enumType.getEnclosedElements()) {
      if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
        String value = constant.getSimpleName().toString();
        values.add(value);
        Ann from = first(Ann.all(constant), RENAMED_FROM);
        if (from != null) {
          renamed.put(value, from.string("value"));
        }
      }
    }
    String typeName = declared.string("name").isEmpty()
        ? Naming.snakeCase(enumType.getSimpleName().toString()) : declared.string("name");
    return new EnumDeclaration(enumType, new EnumNode(declared.string("schema"), typeName,
        enumType.getQualifiedName().toString(), values), renamed);
  }

  /** Applies {@code length}, {@code precision} and {@code scale}; null after reporting misuse. */
  private String sized(Element field, Ann column, TypeMirror javaType, String mapped) {
    if (column == null) {
      return mapped;
    }
    int length = column.integer("length");
    int precision = column.integer("precision");
    int scale = column.integer("scale");
    if (length != 0) {
      if (!mapped.equals(SqlTypes.TEXT) || length < 0) {
        reporter.error(Code.TM015, column.place("length"), "length = " + length + " on field "
            + field.getSimpleName() + " of type " + javaType + ": length applies to String"
            + " fields only and must be positive; remove it or write @Column(type = \"...\").");
        return null;
      }
      return "character varying(" + length + ")";
    }
    if (precision != 0 || scale != 0) {
      if (!mapped.equals("numeric") || precision <= 0 || scale < 0 || scale > precision) {
        reporter.error(Code.TM015, column.place(precision != 0 ? "precision" : "scale"),
            "precision = " + precision + ", scale = " + scale + " on field "
            + field.getSimpleName() + " of type " + javaType + ": they apply to BigDecimal"
            + " fields only, with precision > 0 and 0 <= scale <= precision.");
        return null;
      }
      return "numeric(" + precision + "," + scale + ")";
    }
    return mapped;
  }

  static TypeElement enumType(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && declared.asElement().getKind() == ElementKind.ENUM) {
      return (TypeElement) declared.asElement();
    }
    return null;
  }

  static String javaName(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
      return "byte[]";
    }
    if (type instanceof DeclaredType declared && declared.getTypeArguments().isEmpty()) {
      return ((TypeElement) declared.asElement()).getQualifiedName().toString();
    }
    return type.toString();
  }

  static Ann first(Map<String, List<Ann>> anns, String name) {
    List<Ann> list = anns.get(name);
    return list == null ? null : list.get(0);
  }

  static List<Ann> all(Map<String, List<Ann>> anns, String name) {
    return anns.getOrDefault(name, new ArrayList<>());
  }
}
