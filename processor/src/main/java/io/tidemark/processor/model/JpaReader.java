package io.tidemark.processor.model;

import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.dialect.Naming;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code jakarta.persistence} {@code @Entity} into a table as Hibernate maps it with
 * Spring Boot's default naming, with the Tidemark annotations beside JPA's adding what JPA cannot
 * say; where both name the table differently, reports TM044.
 */
final class JpaReader {
  static final String ENTITY = Ann.JPA + "Entity";
  static final String TABLE = Ann.JPA + "Table";
  static final String MAPPED_SUPERCLASS = Ann.JPA + "MappedSuperclass";

  private final Reporter reporter;
  private final TableReader tables;

  JpaReader(Reporter reporter, TableReader tables) {
    this.reporter = reporter;
    this.tables = tables;
  }

  /** The table of an {@code @Entity} type, empty when it has errors (all of them reported). */
  Optional<Entity> read(TypeElement type, Map<String, List<Ann>> anns) {
    Ann entity = ColumnReader.first(anns, ENTITY);
    Ann jpaTable = ColumnReader.first(anns, TABLE);
    Ann declaration = jpaTable != null ? jpaTable : entity;
    TypeElement parent = TableReader.superclass(type);
    if (parent != null && Ann.all(parent).containsKey(ENTITY)) {
      reporter.error(Code.TM048, type, type.getSimpleName() + " extends entity "
          + parent.getSimpleName() + ": Tidemark does not read JPA entity inheritance; make "
          + parent.getSimpleName() + " a @MappedSuperclass, or map each table on its own class.");
      return Optional.empty();
    }
    String name = tableName(type, anns);
    String schema = schema(anns);
    boolean ok = agrees(ColumnReader.first(anns, TableReader.TABLE), "name", name, "table name")
        & agrees(ColumnReader.first(anns, TableReader.TABLE), "schema", schema, "schema");
    List<FieldColumn> read = new ArrayList<>();
    ok &= new JpaColumns(reporter, type).read(read);
    return tables.build(type, anns, declaration, name, schema, read, ok,
        (table, known, uniques, indexes) -> jpaTable == null
            || constraints(jpaTable, table, known, uniques, indexes));
  }

  /**
   * The physical table name of an entity: {@code @Table(name)}, else the entity name
   * ({@code @Entity(name)}, else the simple class name), through Spring Boot's naming.
   */
  static String tableName(TypeElement type, Map<String, List<Ann>> anns) {
    Ann jpaTable = ColumnReader.first(anns, TABLE);
    Ann entity = ColumnReader.first(anns, ENTITY);
    String logical = jpaTable != null && !jpaTable.string("name").isEmpty()
        ? jpaTable.string("name") : !entity.string("name").isEmpty() ? entity.string("name")
        : type.getSimpleName().toString();
    return Naming.physical(logical);
  }

  /** The physical schema of an entity's table, empty for the default one. */
  static String schema(Map<String, List<Ann>> anns) {
    Ann jpaTable = ColumnReader.first(anns, TABLE);
    return jpaTable == null || jpaTable.string("schema").isEmpty() ? ""
        : Naming.physical(jpaTable.string("schema"));
  }

  /** False after reporting TM044 when Tidemark's {@code @Table(attribute)} is not {@code jpa}. */
  private boolean agrees(Ann tidemark, String attribute, String jpa, String what) {
    if (tidemark == null || !tidemark.isSet(attribute)
        || tidemark.string(attribute).equals(jpa)) {
      return true;
    }
    reporter.error(Code.TM044, tidemark.place(attribute), "@Table(" + attribute + " = \""
        + tidemark.string(attribute) + "\") disagrees with the " + what + " JPA gives this entity, \""
        + jpa + "\" (the name Hibernate uses with Spring Boot's naming); remove " + attribute
        + " from Tidemark's @Table, or change the JPA mapping so both say the same.");
    return false;
  }

  /** The {@code uniqueConstraints} and {@code indexes} of JPA's {@code @Table}. */
  private boolean constraints(Ann jpaTable, String table, Set<String> known,
      List<UniqueDef> uniques, List<IndexDef> indexes) {
    ConstraintReader reader = new ConstraintReader(reporter, table, known);
    boolean ok = true;
    for (Ann unique : jpaTable.nestedList("uniqueConstraints")) {
      List<String> names = unique.strings("columnNames").stream().map(Naming::physical).toList();
      for (int i = 0; i < names.size() && ok; i++) {
        ok = reader.known(unique, "columnNames", i, names.get(i));
      }
      if (ok && !names.isEmpty()) {
        uniques.add(new UniqueDef(unique.string("name").isEmpty()
            ? Naming.constraint(table, names, "key") : Naming.physical(unique.string("name")),
            names, null, false));
      }
    }
    for (Ann index : jpaTable.nestedList("indexes")) {
      List<String> entries = new ArrayList<>();
      List<String> names = new ArrayList<>();
      String[] written = index.string("columnList").split(",");
      for (int i = 0; i < written.length && ok; i++) {
        String[] parts = written[i].strip().split("\\s+", 2);
        String text = Naming.physical(parts[0]) + (parts.length > 1 ? " " + parts[1] : "");
        Optional<IndexColumn> entry = reader.entry(index, "columnList", i, text);
        ok = entry.isPresent();
        entry.ifPresent(e -> {
          entries.add(e.entry());
          names.add(e.column() != null ? e.column() : "expr");
        });
      }
      if (ok) {
        indexes.add(new IndexDef(index.string("name").isEmpty()
            ? Naming.constraint(table, names, "idx") : Naming.physical(index.string("name")),
            entries, index.bool("unique"), null, null, List.of(), false, false, false));
      }
    }
    return ok;
  }
}
