package io.tidemark.processor.model;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.dialect.Naming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the persistent fields of a JPA entity (its own and its {@code @MappedSuperclass}es')
 * into columns: basic fields, flattened {@code @Embedded} ones, and the join columns of
 * {@code @ManyToOne} and owning {@code @OneToOne}, an {@code @EmbeddedId}'s as the primary key;
 * collections mapped to tables of their own are
 * reported (TM045) and skipped, inverse sides skipped.
 */
final class JpaColumns {
  private static final String P = Ann.JPA;

  private final Reporter reporter;
  private final TypeElement entity;
  private final JpaBasicColumn basic;

  /** Reads the columns of {@code entity}. */
  JpaColumns(Reporter reporter, TypeElement entity) {
    this.reporter = reporter;
    this.entity = entity;
    this.basic = new JpaBasicColumn(reporter, entity);
  }

  /** Adds the columns of the entity to {@code out}; false after an error. */
  boolean read(List<FieldColumn> out) {
    return read(persistentFields(entity), Map.of(), out);
  }

  private static List<Element> persistentFields(TypeElement type) {
    return TableReader.fields(type, t -> Ann.all(t).containsKey(JpaReader.MAPPED_SUPERCLASS));
  }

  /** {@code overrides}: the {@code @AttributeOverride} columns of an embedding, by field name. */
  private boolean read(List<Element> fields, Map<String, Ann> overrides, List<FieldColumn> out) {
    boolean ok = true;
    for (Element field : fields) {
      Map<String, List<Ann>> anns = Ann.all(field);
      String name = field.getSimpleName().toString();
      if (anns.containsKey(P + "Transient") || anns.containsKey(ColumnReader.TRANSIENT)) {
        continue;
      }
      Ann oneToMany = ColumnReader.first(anns, P + "OneToMany");
      Ann table = ColumnReader.first(anns, P + "ManyToMany");
      table = table != null ? table : ColumnReader.first(anns, P + "ElementCollection");
      table = table != null ? table : oneToMany != null && oneToMany.string("mappedBy").isEmpty()
          ? oneToMany : null;
      if (table != null) {
        reporter.warning(Code.TM045, table.place(), "Field " + name + " is mapped to a join or"
            + " collection table, which Tidemark does not generate from JPA; declare that table"
            + " as an entity of its own (a class with @Table or @Entity and its two key columns),"
            + " or mark the field @Transient if it is not persisted.");
        continue;
      }
      Ann oneToOne = ColumnReader.first(anns, P + "OneToOne");
      if (oneToMany != null || oneToOne != null && !oneToOne.string("mappedBy").isEmpty()) {
        continue;
      }
      if (anns.containsKey(P + "JoinColumns")) {
        reporter.error(Code.TM048, Place.of(field), "Field " + name + " has @JoinColumns, which"
            + " Tidemark does not read; map the key's columns as fields, or declare the foreign"
            + " key with Tidemark's @ForeignKey on the class.");
        ok = false;
        continue;
      }
      Ann relation = oneToOne != null ? oneToOne : ColumnReader.first(anns, P + "ManyToOne");
      if (relation != null) {
        Optional<FieldColumn> join = join(field, anns, relation, oneToOne != null);
        ok &= join.isPresent();
        join.ifPresent(out::add);
        continue;
      }
      TypeElement embeddable = embeddable(field.asType());
      if (anns.containsKey(P + "Embedded") || anns.containsKey(P + "EmbeddedId")
          || embeddable != null) {
        List<FieldColumn> flattened = new ArrayList<>();
        if (embeddable != null) {
          ok &= read(persistentFields(embeddable), attributeOverrides(anns), flattened);
        }
        boolean id = anns.containsKey(P + "EmbeddedId");
        flattened.forEach(c -> out.add(id ? asKey(c) : c));
        continue;
      }
      Optional<FieldColumn> column = basic.read(field, anns, overrides.get(name));
      ok &= column.isPresent();
      column.ifPresent(out::add);
    }
    return ok;
  }

  /** A column of an {@code @EmbeddedId}: part of the primary key, so not null. */
  private static FieldColumn asKey(FieldColumn c) {
    return new FieldColumn(c.field(), c.column(), c.node().notNull(), true, c.unique(),
        c.enumCheck(), c.references(), c.renamedFrom(), c.enumType(), c.join(), c.sequence());
  }

  /** The column of each {@code @AttributeOverride} on an embedded field, by attribute name. */
  private static Map<String, Ann> attributeOverrides(Map<String, List<Ann>> anns) {
    Map<String, Ann> result = new HashMap<>();
    for (Ann override : ColumnReader.all(anns, P + "AttributeOverride")) {
      result.put(override.string("name"), override.nested("column"));
    }
    return result;
  }

  private static TypeElement embeddable(TypeMirror type) {
    return type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && Ann.all(element).containsKey(P + "Embeddable") ? element : null;
  }

  /**
   * The join column of a {@code @ManyToOne} or owning {@code @OneToOne}: typed like the
   * referenced key, named as JPA names it, not null when the relation is not optional.
   */
  private Optional<FieldColumn> join(Element field, Map<String, List<Ann>> anns, Ann relation,
      boolean oneToOne) {
    String fieldName = field.getSimpleName().toString();
    List<TypeElement> declared = relation.types("targetEntity");
    TypeElement target = !declared.isEmpty() ? declared.get(0)
        : field.asType() instanceof DeclaredType t && t.asElement() instanceof TypeElement e ? e
        : null;
    if (target == null || !Ann.all(target).containsKey(JpaReader.ENTITY)) {
      reporter.error(Code.TM047, relation.place(), "Field " + fieldName + " is a relation to "
          + (target == null ? field.asType() : target.getSimpleName()) + ", which is not a JPA"
          + " @Entity, so it has no table to refer to; make it an @Entity or map the field as a"
          + " column.");
      return Optional.empty();
    }
    Ann joinColumn = ColumnReader.first(anns, P + "JoinColumn");
    Map<String, List<Ann>> targetAnns = Ann.all(target);
    List<FieldColumn> keys = new ArrayList<>();
    JpaColumns silent = new JpaColumns(reporter.deferred(), target);
    for (Element candidate : persistentFields(target)) {
      Map<String, List<Ann>> candidateAnns = Ann.all(candidate);
      if (candidateAnns.keySet().stream().noneMatch(k -> k.endsWith("ToOne") || k.endsWith("ToMany")
          || k.endsWith("Transient") || k.endsWith("ElementCollection"))) {
        silent.basic.read(candidate, candidateAnns, null).ifPresent(keys::add);
      }
    }
    String referenced = joinColumn == null ? "" : joinColumn.string("referencedColumnName");
    List<FieldColumn> ids = keys.stream().filter(FieldColumn::id).toList();
    Optional<FieldColumn> key = referenced.isEmpty()
        ? ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty()
        : keys.stream().filter(k -> k.name().equals(Naming.physical(referenced))).findFirst();
    if (key.isEmpty()) {
      reporter.error(Code.TM047, referenced.isEmpty() ? relation.place()
          : joinColumn.place("referencedColumnName"), "Field " + fieldName + " refers to "
          + target.getSimpleName() + (referenced.isEmpty() ? ", which has no single basic @Id"
          + " field; write @JoinColumn(referencedColumnName = \"...\")"
          : ", which has no basic column " + Naming.physical(referenced) + "; use one of: "
          + String.join(", ", keys.stream().map(FieldColumn::name).toList())) + ".");
      return Optional.empty();
    }
    String name = joinColumn != null && !joinColumn.string("name").isEmpty()
        ? Naming.physical(joinColumn.string("name"))
        : Naming.physical(fieldName + "_" + key.get().name());
    Ann tidemark = ColumnReader.first(anns, JpaBasicColumn.TIDEMARK_COLUMN);
    boolean nullable = relation.bool("optional")
        && (joinColumn == null || joinColumn.bool("nullable"));
    boolean ok = basic.agrees(field, tidemark, "name", name, "column name")
        & basic.agrees(field, tidemark, "nullable", nullable, "nullability");
    Ann references = ColumnReader.first(anns, "io.tidemark.annotations.References");
    String schema = JpaReader.schema(targetAnns);
    String table = (schema.isEmpty() ? "" : schema + ".") + JpaReader.tableName(target, targetAnns);
    if (references != null) {
      ok &= basic.agrees(field, references, "@References", "table", table,
          "referenced table")
          & (references.string("column").isEmpty()
          || basic.agrees(field, references, "@References", "column", key.get().name(),
          "referenced column"));
    }
    if (!ok) {
      return Optional.empty();
    }
    boolean unique = oneToOne || joinColumn != null && joinColumn.bool("unique");
    boolean id = anns.containsKey(P + "Id");
    ColumnDef node = new ColumnDef(name, key.get().node().type(), nullable && !id, null);
    return Optional.of(new FieldColumn(field, tidemark != null ? tidemark : joinColumn, node, id,
        unique, null, null, null, null,
        new JoinTarget(table, key.get().name(), relation, references), null));
  }
}
