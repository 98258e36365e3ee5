package io.tidemark.processor.model;

import com.sun.source.util.Trees;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.util.Elements;

/**
 * Decides the comments of tables and columns: an explicit {@code @Comment} first; then, with
 * {@code -Atidemark.comments=javadoc}, the Javadoc's first paragraph ({@link JavadocText}).
 * javac keeps no Javadoc in class files, so an element read from one on a partial compile keeps
 * the comment of the previous snapshot instead of losing it.
 */
public final class Comments {
  static final String COMMENT = "io.tidemark.annotations.Comment";

  /** {@code null} when Javadoc is not read. */
  private final Elements elements;
  /** {@code null} when the compiler has no tree API: every element then counts as source. */
  private final Trees trees;

  private Comments(Elements elements, Trees trees) {
    this.elements = elements;
    this.trees = trees;
  }

  /** Comments from {@code @Comment} only: the default. */
  public static Comments explicitOnly() {
    return new Comments(null, null);
  }

  /** Comments from {@code @Comment} and, where there is none, from Javadoc. */
  public static Comments withJavadoc(ProcessingEnvironment env) {
    Trees trees;
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError e) {
      trees = null;
    }
    return new Comments(env.getElementUtils(), trees);
  }

  /**
   * {@code schema} with the comments of the tables of {@code entities} (by qualified name);
   * {@code previousFor} gives the previous snapshot, asked only when an element comes from a
   * class file.
   */
  Schema apply(Schema schema, Map<String, Entity> entities, UnaryOperator<Schema> previousFor) {
    Map<String, TableNode> before = null;
    List<TableNode> tables = new ArrayList<>();
    boolean changed = false;
    for (TableNode table : schema.tables()) {
      Entity entity = entities.get(table.qualifiedName());
      if (entity == null) {
        tables.add(table);
        continue;
      }
      if (before == null && elements != null && !entityFromSource(entity)) {
        before = new HashMap<>();
        for (TableNode t : previousFor.apply(schema).tables()) {
          before.put(t.qualifiedName(), t);
        }
      }
      TableNode then = before == null ? null : before.get(table.qualifiedName());
      Map<String, Element> fields = new HashMap<>();
      entity.fields().forEach(f -> fields.put(f.name(), f.field()));
      // Copied only when a comment differs: most models have few comments, and every compile
      // of every entity passes here.
      List<ColumnDef> columns = null;
      for (int i = 0; i < table.columns().size(); i++) {
        ColumnDef column = table.columns().get(i);
        String kept = then == null ? null : then.columns().stream()
            .filter(c -> c.name().equals(column.name())).findFirst()
            .map(ColumnDef::comment).orElse(null);
        String comment = of(fields.get(column.name()), kept);
        if (!Objects.equals(comment, column.comment())) {
          columns = columns == null ? new ArrayList<>(table.columns()) : columns;
          columns.set(i, column.comment(comment));
        }
      }
      TableNode commented = columns == null ? table : table.columns(columns);
      String comment = of(entity.element(), then == null ? null : then.comment());
      if (!Objects.equals(comment, table.comment())) {
        commented = commented.comment(comment);
      }
      changed |= commented != table;
      tables.add(commented);
    }
    return changed ? schema.withTables(tables) : schema;
  }

  private boolean entityFromSource(Entity entity) {
    return fromSource(entity.element())
        && entity.fields().stream().allMatch(f -> fromSource(f.field()));
  }

  /** The comment of {@code element}; {@code previous} when its Javadoc is out of reach. */
  private String of(Element element, String previous) {
    Ann explicit = Ann.find(element, COMMENT);
    if (explicit != null) {
      String text = explicit.string("value").strip();
      return text.isEmpty() ? null : text;
    }
    if (elements == null) {
      return null;
    }
    if (!fromSource(element)) {
      return previous;
    }
    String doc = elements.getDocComment(element);
    Element owner = element.getEnclosingElement();
    if (doc == null && element.getKind() == ElementKind.FIELD
        && owner.getKind() == ElementKind.RECORD) {
      return JavadocText.param(elements.getDocComment(owner), element.getSimpleName().toString());
    }
    return JavadocText.firstParagraph(doc);
  }

  private boolean fromSource(Element element) {
    return trees == null || trees.getPath(element) != null;
  }
}
