package io.tidemark.processor.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/**
 * Reads {@code @Acknowledge} from where it may stand: an entity's fields (the column), the entity
 * class (the table, or one column by name) and packages (a table by name, for a class that is
 * gone). An attribute that does not fit its place, or a blank reason, is an error (TM221).
 */
public final class AcknowledgementReader {
  static final String ACKNOWLEDGE = "io.tidemark.annotations.Acknowledge";

  private final Reporter reporter;

  public AcknowledgementReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The acknowledgements on the tables of {@code model} and on their column fields. */
  public List<Acknowledgement> read(Model model) {
    List<Acknowledgement> result = new ArrayList<>();
    model.types().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      String table = entry.getKey();
      for (Ann ann : annotations(entry.getValue())) {
        if (!ann.string("table").isEmpty()) {
          misplaced(ann, "table", "on an entity class it covers that class's table " + table
              + ": remove table, or move the annotation to a package-info.java");
        }
        result.add(acknowledgement(ann, table, blankToNull(ann.string("column"))));
      }
      model.fields().getOrDefault(table, Map.of()).entrySet().stream()
          .sorted(Map.Entry.comparingByKey()).forEach(field -> {
            for (Ann ann : annotations(field.getValue())) {
              for (String attribute : List.of("table", "column")) {
                if (!ann.string(attribute).isEmpty()) {
                  misplaced(ann, attribute, "on a field it covers that field's column "
                      + table + "." + field.getKey() + ": remove " + attribute);
                }
              }
              result.add(acknowledgement(ann, table, field.getKey()));
            }
          });
    });
    return result;
  }

  /** The acknowledgements on {@code packages}, each naming its table. */
  public List<Acknowledgement> read(Collection<PackageElement> packages) {
    List<Acknowledgement> result = new ArrayList<>();
    for (PackageElement pkg : packages) {
      for (Ann ann : annotations(pkg)) {
        String table = blankToNull(ann.string("table"));
        if (table == null) {
          misplaced(ann, "table", "on package " + pkg.getQualifiedName() + " it needs the table"
              + " it covers: write table = \"name\" (or \"schema.name\")");
        }
        result.add(acknowledgement(ann, table, blankToNull(ann.string("column"))));
      }
    }
    return result;
  }

  /**
   * The acknowledgements on {@code elements}, which are neither entities, their fields nor
   * packages: they cover no table.
   */
  public List<Acknowledgement> readStray(Collection<? extends Element> elements) {
    List<Acknowledgement> result = new ArrayList<>();
    for (Element element : elements) {
      for (Ann ann : annotations(element)) {
        result.add(acknowledgement(ann, null, null));
      }
    }
    return result;
  }

  private List<Ann> annotations(Element element) {
    if (!Ann.present(element, ACKNOWLEDGE)) {
      return List.of();
    }
    List<Ann> anns = Ann.all(element).getOrDefault(ACKNOWLEDGE, List.of());
    for (Ann ann : anns) {
      if (ann.string("reason").isEmpty()) {
        reporter.error(Code.TM221, ann.place("reason"), "@Acknowledge(rule = \""
            + ann.string("rule") + "\") has no reason; write why the change is safe, for example"
            + " reason = \"nothing reads the column since release 4.2\": the revision records it"
            + " for review.");
      }
    }
    return anns;
  }

  private void misplaced(Ann ann, String attribute, String why) {
    reporter.error(Code.TM221, ann.place(attribute), "@Acknowledge(rule = \"" + ann.string("rule")
        + "\") has " + (ann.string(attribute).isEmpty() ? "no " + attribute
            : attribute + " = \"" + ann.string(attribute) + "\"") + "; " + why + ".");
  }

  private static Acknowledgement acknowledgement(Ann ann, String table, String column) {
    return new Acknowledgement(ann.string("rule"), ann.string("reason"), table, column,
        ann.place(), ann.place("rule"));
  }

  private static String blankToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
