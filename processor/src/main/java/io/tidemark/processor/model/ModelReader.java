package io.tidemark.processor.model;

import io.tidemark.ddl.SequenceDef;
import io.tidemark.processor.diff.Renames;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Reads entity types into the current {@link Model}: each type on its own, then what needs
 * the whole model (unique names, foreign keys, continuous aggregate sources, renames checked
 * against the previous snapshot). Every problem is reported; the model is empty if any is an error.
 */
public final class ModelReader {
  /** JPA's entity annotation, which makes a class an entity when it is on the class path. */
  public static final String JPA_ENTITY = JpaReader.ENTITY;

  private final Reporter reporter;
  private final Comments comments;

  public ModelReader(Reporter reporter, Comments comments) {
    this.reporter = reporter;
    this.comments = comments;
  }

  /**
   * Types annotated with {@code @Table}, {@code @ContinuousAggregate}, {@code @View},
   * {@code @MaterializedView} or JPA's {@code @Entity}, read in name order.
   */
  public Optional<Model> read(Collection<TypeElement> entityTypes, Schema previous) {
    return read(entityTypes, schema -> previous);
  }

  /**
   * Like {@link #read(Collection, Schema)}, with the previous snapshot that renames are checked
   * against chosen once the schema is read: {@code UnaryOperator.identity()} checks them against
   * the schema itself, which makes every rename one already applied.
   */
  public Optional<Model> read(Collection<TypeElement> entityTypes, UnaryOperator<Schema> previousFor) {
    boolean ok = true;
    List<TypeElement> types = new ArrayList<>(entityTypes);
    types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
    TableReader tableReader = new TableReader(reporter);
    AggregateReader aggregateReader = new AggregateReader(reporter);
    ViewReader viewReader = new ViewReader(reporter);
    JpaReader jpaReader = new JpaReader(reporter, tableReader);
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (TypeElement type : types) {
      Optional<Entity> entity = readOne(type, tableReader, aggregateReader, viewReader, jpaReader);
      ok &= entity.isPresent();
      if (entity.isPresent()) {
        Entity clash = entities.putIfAbsent(entity.get().qualifiedName(), entity.get());
        if (clash != null) {
          ok = false;
          reporter.error(Code.TM005, entity.get().declaration().place("name"), "Entities "
              + clash.element().getQualifiedName() + " and " + type.getQualifiedName()
              + " both map to " + entity.get().qualifiedName() + "; give one of them another"
              + " name with name = \"...\".");
        }
      }
    }
    // When an entity could not be read, its table is missing: references to it are not errors.
    boolean complete = ok;
    Map<String, TableNode> tables = new HashMap<>();
    entities.values().stream().filter(e -> e.table() != null)
        .forEach(e -> tables.put(e.qualifiedName(), e.table()));
    ReferenceResolver references = new ReferenceResolver(reporter, tables, complete);
    List<TableNode> resolved = new ArrayList<>();
    List<AggregateNode> aggregates = new ArrayList<>();
    List<Entity> views = new ArrayList<>();
    entities.values().stream().filter(e -> e.aggregate() != null)
        .forEach(e -> aggregates.add(e.aggregate()));
    for (Entity entity : entities.values()) {
      if (entity.table() != null) {
        Optional<TableNode> table = references.resolve(entity);
        ok &= table.isPresent();
        table.ifPresent(resolved::add);
      } else if (entity.aggregate() != null) {
        aggregateReader.checkSource(entity, tables.values(), aggregates);
      } else {
        views.add(entity);
      }
    }
    Map<String, EnumDeclaration> enums = enumTypes(entities.values());
    Map<String, Entity> byClass = new HashMap<>();
    entities.values().forEach(e -> byClass.put(TableReader.binaryName(e.element()), e));
    Optional<List<ViewNode>> viewNodes = viewReader.resolve(views, byClass);
    ok &= viewNodes.isPresent();
    Optional<List<SequenceDef>> sequences = new SequenceReader(reporter).read(entities.values());
    ok &= sequences.isPresent();
    Schema schema = new Schema(resolved, aggregates,
        enums.values().stream().map(EnumDeclaration::node).toList(), viewNodes.orElse(List.of()),
        sequences.orElse(List.of()));
    schema = comments.apply(schema, entities, previousFor);
    ok &= new NameChecker(reporter).check(entities, schema);
    Schema previous = previousFor.apply(schema);
    Renames renames = new RenameResolver(reporter, previous).resolve(entities.values())
        .withEnumValues(valueRenames(enums, previous));
    if (!ok || reporter.hasErrors()) {
      return Optional.empty();
    }
    Map<String, TypeElement> elements = new HashMap<>();
    Map<String, Map<String, Element>> fields = new HashMap<>();
    for (Entity entity : entities.values()) {
      elements.put(entity.qualifiedName(), entity.element());
      Map<String, Element> columns = new HashMap<>();
      entity.fields().forEach(f -> columns.put(f.name(), f.field()));
      fields.put(entity.qualifiedName(), columns);
    }
    return Optional.of(new Model(schema, renames, elements, fields));
  }

  /**
   * The enum types that columns use, by qualified name; two Java enums that declare one type
   * are reported (TM033).
   */
  private Map<String, EnumDeclaration> enumTypes(Collection<Entity> entities) {
    Map<String, EnumDeclaration> enums = new TreeMap<>();
    for (Entity entity : entities) {
      for (FieldColumn field : entity.fields()) {
        EnumDeclaration declared = field.enumType();
        if (declared == null) {
          continue;
        }
        EnumDeclaration clash = enums.putIfAbsent(declared.node().qualifiedName(), declared);
        if (clash != null && !clash.element().equals(declared.element())) {
          reporter.error(Code.TM033, Place.of(declared.element()), "Enums "
              + clash.element().getQualifiedName() + " and " + declared.element()
              .getQualifiedName() + " both declare enum type " + declared.node().qualifiedName()
              + "; give one of them another name with @EnumType(name = \"...\").");
        }
      }
    }
    return enums;
  }

  /**
   * The value renames of each enum type that the previous snapshot has under its old value and
   * not yet under its new one; a rename already applied is ignored.
   */
  private static Map<String, Map<String, String>> valueRenames(
      Map<String, EnumDeclaration> enums, Schema previous) {
    Map<String, Map<String, String>> renames = new TreeMap<>();
    for (var type : previous.enums()) {
      EnumDeclaration declared = enums.get(type.qualifiedName());
      if (declared == null) {
        continue;
      }
      Map<String, String> values = new TreeMap<>();
      declared.renamedFrom().forEach((now, old) -> {
        if (type.values().contains(old) && !type.values().contains(now)) {
          values.put(now, old);
        }
      });
      if (!values.isEmpty()) {
        renames.put(type.qualifiedName(), values);
      }
    }
    return renames;
  }

  private Optional<Entity> readOne(TypeElement type, TableReader tables,
      AggregateReader aggregates, ViewReader views, JpaReader jpa) {
    Map<String, List<Ann>> anns = Ann.all(type);
    Ann table = ColumnReader.first(anns, TableReader.TABLE);
    table = table != null ? table : ColumnReader.first(anns, JpaReader.ENTITY);
    Ann aggregate = ColumnReader.first(anns, AggregateReader.AGGREGATE);
    Ann view = ColumnReader.first(anns, ViewReader.VIEW);
    Ann materialized = ColumnReader.first(anns, ViewReader.MATERIALIZED);
    Ann viewDeclaration = view != null ? view : materialized;
    Ann declaration = table != null ? table : aggregate != null ? aggregate : viewDeclaration;
    if (declaration == null) {
      return Optional.empty();
    }
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      reporter.error(Code.TM012, declaration.place(), type.getKind().toString().toLowerCase()
          + " " + type.getSimpleName() + " cannot be an entity; declare it as a class or a record.");
      return Optional.empty();
    }
    if (table != null && aggregate != null) {
      reporter.error(Code.TM079, aggregate.place(), type.getSimpleName() + " has both @Table and"
          + " @ContinuousAggregate; a continuous aggregate is a view of its own: declare it on a"
          + " separate class without @Table.");
      return Optional.empty();
    }
    if (viewDeclaration != null && (declaration != viewDeclaration || (view != null && materialized != null))) {
      reporter.error(Code.TM039, viewDeclaration.place(), type.getSimpleName() + " has "
          + (view != null && materialized != null ? "both @View and @MaterializedView"
          : "@" + (view != null ? "View" : "MaterializedView") + " together with @"
          + (table != null ? "Table" : "ContinuousAggregate")) + "; declare each view on a class"
          + " of its own, with one of these annotations.");
      return Optional.empty();
    }
    if (viewDeclaration != null) {
      return views.read(type, viewDeclaration);
    }
    if (anns.containsKey(JpaReader.ENTITY)) {
      return jpa.read(type, anns);
    }
    return table != null ? tables.read(type, anns) : aggregates.read(type, aggregate);
  }

  /**
   * Types annotated with {@code @Hypertable} but neither {@code @Table} nor JPA's
   * {@code @Entity}: reports TM081.
   */
  public void checkHypertablesHaveTables(Collection<? extends Element> annotated) {
    for (Element element : annotated) {
      Map<String, List<Ann>> anns = Ann.all(element);
      if (!anns.containsKey(TableReader.TABLE) && !anns.containsKey(JpaReader.ENTITY)) {
        reporter.error(Code.TM081, ColumnReader.first(anns, TableReader.HYPERTABLE).place(),
            element.getSimpleName() + " has @Hypertable but no @Table; add @Table, since a"
            + " hypertable is a table first.");
      }
    }
  }
}
