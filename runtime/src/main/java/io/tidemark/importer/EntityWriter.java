package io.tidemark.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.dialect.Naming;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes one entity per table (a record with one component per column) and one class per
 * continuous aggregate, with the annotations that make the processor's model of them equal to
 * the imported schema. Names and attributes the processor would derive by itself are left out.
 * The only class that touches JavaPoet on the import side; output is sorted, so deterministic.
 */
final class EntityWriter {
  static final String ANNOTATIONS = "io.tidemark.annotations";

  private final String packageName;
  private final Map<String, TableNode> tables = new HashMap<>();
  private Schema schema = Schema.EMPTY;
  private final JavaNames classNames = new JavaNames();

  EntityWriter(String packageName) {
    this.packageName = packageName;
  }

  /** The sources for {@code schema}: tables first, then continuous aggregates. */
  List<JavaFile> write(Schema schema) {
    schema.tables().forEach(t -> tables.put(t.qualifiedName(), t));
    this.schema = schema;
    List<JavaFile> files = new ArrayList<>();
    for (TableNode table : schema.tables()) {
      files.add(file(table(table)));
    }
    for (AggregateNode aggregate : schema.aggregates()) {
      files.add(file(aggregate(aggregate)));
    }
    return files;
  }

  private JavaFile file(TypeSpec type) {
    return JavaFile.builder(packageName, type).indent("  ").skipJavaLangImports(true).build();
  }

  private TypeSpec table(TableNode table) {
    String className = classNames.className(table.name(), table.schema());
    TypeSpec.Builder type = TypeSpec.recordBuilder(className).addModifiers(Modifier.PUBLIC)
        .addJavadoc("Table {@code $L}, imported from the database.\n", table.qualifiedName())
        .addAnnotation(named("Table", className, table.name(), table.schema()));
    if (table.hypertable() != null) {
      type.addAnnotation(TimescaleAnnotations.hypertable(table.hypertable()));
    }
    for (SequenceDef sequence : schema.sequences()) {
      if (table.qualifiedName().equals(SequenceAnnotations.home(sequence, schema.tables()))) {
        type.addAnnotation(SequenceAnnotations.sequence(sequence));
      }
    }
    if (table.comment() != null) {
      type.addAnnotation(comment(table.comment()));
    }
    Set<String> uniqueColumns = table.uniques().stream().filter(u -> onColumn(table, u))
        .map(u -> u.columns().get(0)).collect(Collectors.toSet());
    for (IndexDef index : table.indexes()) {
      type.addAnnotation(index(table.name(), index));
    }
    for (UniqueDef unique : table.uniques()) {
      if (!onColumn(table, unique)) {
        AnnotationSpec.Builder a = annotation("Unique");
        member(a, "name", unique.name(), Naming.constraint(table.name(), unique.columns(), "key"));
        unique.columns().forEach(c -> a.addMember("columns", "$S", c));
        type.addAnnotation(a.build());
      }
    }
    int ordinal = 0;
    for (CheckDef check : table.checks()) {
      AnnotationSpec.Builder a = annotation("Check");
      String unnamed = Naming.fit(table.name() + "_check" + (ordinal + 1));
      if (check.name().equals(unnamed)) {
        ordinal++;
      } else {
        a.addMember("name", "$S", check.name());
      }
      type.addAnnotation(a.addMember("expression", "$S", check.expression()).build());
    }
    JavaNames fieldNames = new JavaNames();
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (ColumnDef column : table.columns()) {
      constructor.addParameter(component(table, column, fieldNames, uniqueColumns));
    }
    return type.recordConstructor(constructor.build()).build();
  }

  /** A unique constraint {@code @Column(unique = true)} declares: one column, default name. */
  private static boolean onColumn(TableNode table, UniqueDef unique) {
    return unique.columns().size() == 1
        && unique.name().equals(Naming.constraint(table.name(), unique.columns(), "key"));
  }

  private ParameterSpec component(TableNode table, ColumnDef column, JavaNames names,
      Set<String> uniqueColumns) {
    boolean id = table.primaryKey() != null
        && table.primaryKey().columns().contains(column.name());
    JavaTypes java = JavaTypes.of(column.type(), !column.nullable());
    String field = names.fieldName(column.name());
    ParameterSpec.Builder parameter = ParameterSpec.builder(java.java(), field);
    if (id) {
      parameter.addAnnotation(annotation("Id").build());
    }
    AnnotationSpec.Builder a = annotation("Column");
    if (!JavaNames.derives(field, column.name())) {
      a.addMember("name", "$S", column.name());
    }
    if (java.explicitType() != null) {
      a.addMember("type", "$S", java.explicitType());
    }
    if (!column.nullable() && !id && !java.java().isPrimitive()) {
      a.addMember("nullable", "false");
    }
    if (column.defaultValue() != null) {
      a.addMember("defaultValue", "$S", column.defaultValue());
    }
    if (column.generatedAs() != null) {
      a.addMember("generatedAs", "$S", column.generatedAs());
    }
    if (column.identity() != null) {
      parameter.addAnnotation(identity(column.identity()));
    }
    if (column.comment() != null) {
      parameter.addAnnotation(comment(column.comment()));
    }
    if (uniqueColumns.contains(column.name())) {
      a.addMember("unique", "true");
    }
    size(a, "length", java.length());
    size(a, "precision", java.precision());
    size(a, "scale", java.scale());
    AnnotationSpec built = a.build();
    if (!built.members().isEmpty()) {
      parameter.addAnnotation(built);
    }
    for (ForeignKeyDef key : table.foreignKeys()) {
      if (key.columns().get(0).equals(column.name())) {
        parameter.addAnnotation(references(table, key));
      }
    }
    return parameter.build();
  }

  /** {@code @Comment}: the database's comment stays, whatever the Javadoc says. */
  private static AnnotationSpec comment(String text) {
    return annotation("Comment").addMember("value", "$S", text).build();
  }

  /** {@code @Identity} with its generation and the options PostgreSQL's defaults do not give. */
  private AnnotationSpec identity(IdentityDef identity) {
    AnnotationSpec.Builder a = annotation("Identity").addMember("generated", "$T.$L",
        ClassName.get("io.tidemark.annotations", "Generation"),
        identity.always() ? "ALWAYS" : "BY_DEFAULT");
    SequenceAnnotations.options(a, identity.options());
    return a.build();
  }

  private AnnotationSpec references(TableNode table, ForeignKeyDef key) {
    AnnotationSpec.Builder a = annotation("References").addMember("table", "$S", key.refTable());
    TableNode target = tables.get(key.refTable());
    boolean primaryKey = target != null && target.primaryKey() != null
        && target.primaryKey().columns().equals(key.refColumns());
    if (!primaryKey) {
      a.addMember("column", "$S", key.refColumns().get(0));
    }
    if (key.onDelete() != null) {
      a.addMember("onDelete", "$S", key.onDelete());
    }
    if (key.onUpdate() != null) {
      a.addMember("onUpdate", "$S", key.onUpdate());
    }
    member(a, "name", key.name(), Naming.constraint(table.name(), key.columns(), "fkey"));
    return a.build();
  }

  private static AnnotationSpec index(String table, IndexDef index) {
    AnnotationSpec.Builder a = annotation("Index");
    List<String> columns = index.columns().stream()
        .map(e -> IndexColumn.parse(e).column()).toList();
    member(a, "name", index.name(), Naming.constraint(table, columns, "idx"));
    index.columns().forEach(c -> a.addMember("columns", "$S", c));
    if (index.uniqueIndex()) {
      a.addMember("unique", "true");
    }
    if (index.where() != null) {
      a.addMember("where", "$S", index.where());
    }
    if (index.using() != null) {
      a.addMember("using", "$S", index.using());
    }
    index.include().forEach(c -> a.addMember("include", "$S", c));
    return a.build();
  }

  private TypeSpec aggregate(AggregateNode aggregate) {
    String className = classNames.className(aggregate.name(), aggregate.schema());
    return TypeSpec.classBuilder(className).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Continuous aggregate {@code $L}, imported from the database.\n",
            aggregate.qualifiedName())
        .addAnnotation(TimescaleAnnotations.aggregate(aggregate,
            JavaNames.derives(className, aggregate.name())))
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .build();
  }

  /** {@code @Table} with the name when the class name does not give it, and the schema. */
  private static AnnotationSpec named(String annotation, String className, String name,
      String schema) {
    AnnotationSpec.Builder a = annotation(annotation);
    if (!JavaNames.derives(className, name)) {
      a.addMember("name", "$S", name);
    }
    if (!schema.isEmpty()) {
      a.addMember("schema", "$S", schema);
    }
    return a.build();
  }

  static AnnotationSpec.Builder annotation(String simpleName) {
    return AnnotationSpec.builder(ClassName.get(ANNOTATIONS, simpleName));
  }

  /** Adds {@code name = value} unless it is the default the processor would derive. */
  static void member(AnnotationSpec.Builder a, String name, String value, String derived) {
    if (value != null && !value.equals(derived)) {
      a.addMember(name, "$S", value);
    }
  }

  private static void size(AnnotationSpec.Builder a, String name, int value) {
    if (value > 0) {
      a.addMember(name, "$L", value);
    }
  }
}
