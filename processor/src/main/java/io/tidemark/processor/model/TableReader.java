package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.dialect.AutomaticIndex;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads a {@code @Table} type (class or record, with its superclasses) into a table. */
final class TableReader {
  static final String TABLE = "io.tidemark.annotations.Table";
  static final String HYPERTABLE = "io.tidemark.annotations.Hypertable";
  static final String RENAMED_FROM = "io.tidemark.annotations.RenamedFrom";

  private final Reporter reporter;
  private final ColumnReader columnReader;

  TableReader(Reporter reporter) {
    this.reporter = reporter;
    this.columnReader = new ColumnReader(reporter);
  }

  /** The table, empty when it has errors (all of them reported). */
  Optional<Entity> read(TypeElement type, Map<String, List<Ann>> anns) {
    Ann table = ColumnReader.first(anns, TABLE);
    String name = table.string("name").isEmpty()
        ? Naming.snakeCase(type.getSimpleName().toString()) : table.string("name");
    boolean ok = true;
    List<FieldColumn> read = new ArrayList<>();
    for (Element field : fields(type, t -> true)) {
      Map<String, List<Ann>> fieldAnns = Ann.all(field);
      if (fieldAnns.containsKey(ColumnReader.TRANSIENT)) {
        continue;
      }
      Optional<FieldColumn> column = columnReader.read(field, fieldAnns);
      ok &= column.isPresent();
      column.ifPresent(read::add);
    }
    return build(type, anns, table, name, table.string("schema"), read, ok, NO_EXTRAS);
  }

  /**
   * What a model source adds to a table beyond its columns and Tidemark's annotations: the
   * constraints and indexes a JPA {@code @Table} declares, checked against the table's columns.
   */
  interface Extras {
    /** Adds to {@code uniques} and {@code indexes}; false after reporting an error. */
    boolean add(String table, java.util.Set<String> columns, List<UniqueDef> uniques,
        List<IndexDef> indexes);
  }

  static final Extras NO_EXTRAS = (table, columns, uniques, indexes) -> true;

  /**
   * The table {@code name} in {@code schema} with the columns read from the fields of
   * {@code type}, Tidemark's table annotations in {@code anns} and the {@code extras}; empty when
   * {@code ok} is false or anything has an error. {@code declaration} is where table-level
   * findings point.
   */
  Optional<Entity> build(TypeElement type, Map<String, List<Ann>> anns, Ann declaration,
      String name, String schema, List<FieldColumn> fieldColumns, boolean ok, Extras extras) {
    Ann table = declaration;
    ok &= Identifiers.check(reporter, table.place("name"), "Table name", name)
        & Identifiers.check(reporter, table.place("schema"), "Schema name", schema);
    Map<String, FieldColumn> byName = new LinkedHashMap<>();
    for (FieldColumn column : fieldColumns) {
      Element field = column.field();
      Place place = column.column() != null ? column.column().place("name") : Place.of(field);
      ok &= Identifiers.check(reporter, place, "Column name", column.name());
      FieldColumn clash = byName.putIfAbsent(column.name(), column);
      if (clash != null) {
        ok = false;
        reporter.error(Code.TM002, place, "Fields " + clash.field().getSimpleName() + " and "
            + field.getSimpleName() + " both map to column " + column.name() + " of table " + name
            + "; give one of them another name with @Column(name = \"...\") or mark it @Transient.");
      }
    }
    if (byName.isEmpty() && ok) {
      reporter.error(Code.TM013, table.place(), "Table " + name + " has no columns; add"
          + " non-static fields (or record components) to " + type.getSimpleName() + ".");
      return Optional.empty();
    }
    Map<String, ColumnDef> columns = new LinkedHashMap<>();
    byName.forEach((k, v) -> columns.put(k, v.node()));
    ConstraintReader constraints = new ConstraintReader(reporter, name, columns.keySet());

    List<String> idColumns = byName.values().stream().filter(FieldColumn::id).map(FieldColumn::name).toList();
    PrimaryKeyDef pk = idColumns.isEmpty() ? null
        : new PrimaryKeyDef(Naming.constraint(name, List.of(), "pkey"), idColumns);
    List<UniqueDef> uniques = new ArrayList<>();
    List<CheckDef> checks = new ArrayList<>();
    for (FieldColumn c : byName.values()) {
      if (c.unique()) {
        uniques.add(new UniqueDef(Naming.constraint(name, List.of(c.name()), "key"), List.of(c.name())));
      }
      if (c.enumCheck() != null) {
        checks.add(new CheckDef(Naming.constraint(name, List.of(c.name()), "check"), c.enumCheck()));
      }
    }
    for (Ann unique : ColumnReader.all(anns, "io.tidemark.annotations.Unique")) {
      ok &= add(constraints.unique(unique), uniques);
    }
    int ordinal = 0;
    for (Ann check : ColumnReader.all(anns, "io.tidemark.annotations.Check")) {
      ordinal += check.string("name").isEmpty() ? 1 : 0;
      ok &= add(constraints.check(check, ordinal), checks);
    }
    List<IndexDef> indexes = new ArrayList<>();
    List<Ann> indexAnns = ColumnReader.all(anns, "io.tidemark.annotations.Index");
    for (Ann index : indexAnns) {
      ok &= add(constraints.index(index), indexes);
    }
    ok &= extras.add(name, columns.keySet(), uniques, indexes);
    TimescaleNode hypertable = null;
    Ann ht = ColumnReader.first(anns, HYPERTABLE);
    if (ht != null && ok) {
      Optional<TimescaleNode> read =
          new HypertableReader(reporter, name, columns).read(ht, pk, uniques, indexes);
      ok &= read.isPresent();
      hypertable = read.orElse(null);
      if (hypertable != null) {
        ok &= noAutomaticNameClash(name, hypertable, indexAnns, indexes);
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    if (pk == null && hypertable == null) {
      reporter.warning(Code.TM011, table.place(), "Table " + name + " has no primary key; mark"
          + " the identifying field(s) with @Id, so rows can be updated and referenced safely.");
    }
    TableNode node = new TableNode(schema, name, binaryName(type), List.copyOf(columns.values()),
        pk, uniques, checks, List.of(), indexes, hypertable);
    return Optional.of(new Entity(type, table, node, null,
        ColumnReader.first(anns, RENAMED_FROM), List.copyOf(byName.values())));
  }

  /**
   * An index that takes the name TimescaleDB gives its own time index, with another
   * definition, would clash with it when the table becomes a hypertable (TM019).
   */
  private boolean noAutomaticNameClash(String table, TimescaleNode hypertable,
      List<Ann> anns, List<IndexDef> indexes) {
    boolean ok = true;
    List<String> taken = AutomaticIndex.names(table, hypertable.dimensions());
    for (int i = 0; i < indexes.size(); i++) {
      IndexDef index = indexes.get(i);
      if (taken.contains(index.name())
          && !AutomaticIndex.hasDefinition(hypertable.dimensions(), index)) {
        reporter.error(Code.TM019, anns.get(i).place(), "Index " + index.name() + " on hypertable"
            + " " + table + " has the name TimescaleDB gives the index it creates on the time"
            + " column, but another definition; the two would clash. Name it differently, for"
            + " example @Index(name = \"" + table + "_" + String.join("_", index.columns().stream()
                .map(c -> c.split("\\s+")[0].replaceAll("\\W", "")).toList())
            + (index.using() == null ? "" : "_" + index.using()) + "_idx\", ...).");
        ok = false;
      }
    }
    return ok;
  }

  private static <T> boolean add(Optional<T> item, List<T> to) {
    item.ifPresent(to::add);
    return item.isPresent();
  }

  /**
   * Instance fields of {@code type} and of its superclasses that {@code include} accepts,
   * superclass fields first, each class in declaration order.
   */
  static List<Element> fields(TypeElement type, java.util.function.Predicate<TypeElement> include) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    chain.push(type);
    for (TypeElement t = superclass(type); t != null && include.test(t); t = superclass(t)) {
      chain.push(t);
    }
    List<Element> result = new ArrayList<>();
    for (TypeElement t : chain) {
      for (Element field : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)
            && !field.getModifiers().contains(Modifier.TRANSIENT)) {
          result.add(field);
        }
      }
    }
    return result;
  }

  static TypeElement superclass(TypeElement type) {
    TypeMirror parent = type.getSuperclass();
    if (parent.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
    String name = element.getQualifiedName().toString();
    return name.equals("java.lang.Object") || name.equals("java.lang.Record")
        || element.getKind() != ElementKind.CLASS ? null : element;
  }

  static String binaryName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    Element e = type.getEnclosingElement();
    while (e instanceof TypeElement outer) {
      name.insert(0, outer.getSimpleName() + "$");
      e = outer.getEnclosingElement();
    }
    String pkg = e instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return pkg.isEmpty() ? name.toString() : pkg + "." + name;
  }
}
