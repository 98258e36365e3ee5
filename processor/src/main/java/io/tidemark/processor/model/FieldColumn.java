package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.SequenceDef;
import javax.lang.model.element.Element;

/**
 * One field read as a column, with what the field adds to its table: primary-key membership,
 * a single-column unique constraint, the CHECK of an enum's values, a foreign key and a
 * declared rename. {@code column} is the field's {@code @Column}, {@code null} when absent;
 * {@code enumType} the native enum type of the field's {@code @EnumType} enum, or {@code null};
 * {@code join} the foreign key of a JPA {@code @ManyToOne} or {@code @OneToOne}, or {@code null};
 * {@code sequence} the sequence a JPA {@code @GeneratedValue} draws the column's values from, or
 * {@code null}.
 */
record FieldColumn(
    Element field,
    Ann column,
    ColumnDef node,
    boolean id,
    boolean unique,
    String enumCheck,
    Ann references,
    String renamedFrom,
    EnumDeclaration enumType,
    JoinTarget join,
    SequenceDef sequence) {

  FieldColumn(Element field, Ann column, ColumnDef node, boolean id, boolean unique,
      String enumCheck, Ann references, String renamedFrom, EnumDeclaration enumType) {
    this(field, column, node, id, unique, enumCheck, references, renamedFrom, enumType, null,
        null);
  }

  String name() {
    return node.name();
  }
}
