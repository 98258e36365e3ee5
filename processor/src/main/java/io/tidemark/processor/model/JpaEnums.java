package io.tidemark.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Maps a JPA enum field as Hibernate 6/7 does on PostgreSQL: {@code @Enumerated(STRING)} to a
 * varchar with the CHECK Tidemark gives its own enum columns (or to the native type of a Tidemark
 * {@code @EnumType} enum), ORDINAL, JPA's default, to a smallint kept to the ordinal range.
 */
final class JpaEnums {
  private final Reporter reporter;

  JpaEnums(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The type and CHECK (or native enum type) of the column; null after reporting an error. */
  record Mapping(String type, String check, EnumDeclaration declared) {}

  Mapping map(Element field, Map<String, List<Ann>> anns, TypeElement enumType, String column,
      int length) {
    if (!ColumnReader.hasConstants(reporter, field, enumType)) {
      return null;
    }
    Ann enumerated = ColumnReader.first(anns, Ann.JPA + "Enumerated");
    boolean string = enumerated != null && enumerated.constant("value").equals("STRING");
    EnumDeclaration declared = ColumnReader.declaration(enumType);
    if (string) {
      return declared != null ? new Mapping(declared.node().qualifiedName(), null, declared)
          : new Mapping("character varying(" + length + ")",
              ColumnReader.enumCheck(column, enumType), null);
    }
    if (declared != null) {
      reporter.error(Code.TM044, enumerated != null ? enumerated.place("value") : Place.of(field),
          "Field " + field.getSimpleName() + ": enum " + enumType.getSimpleName() + " declares"
          + " the native enum type " + declared.node().qualifiedName() + " with @EnumType, but"
          + " JPA stores its ordinal (ORDINAL is JPA's default); add"
          + " @Enumerated(EnumType.STRING), or remove @EnumType from the enum.");
      return null;
    }
    int last = ColumnReader.constants(enumType).size() - 1;
    return new Mapping("smallint", column + " BETWEEN 0 AND " + last, null);
  }
}
