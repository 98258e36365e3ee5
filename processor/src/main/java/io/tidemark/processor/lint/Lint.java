package io.tidemark.processor.lint;

import io.tidemark.processor.diff.DiffResult;
import io.tidemark.processor.diff.Finding.Severity;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.processor.lint.Rule.Level;
import io.tidemark.processor.model.Acknowledgement;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Model;
import io.tidemark.processor.model.Place;
import io.tidemark.processor.model.Reporter;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.util.Elements;

/**
 * The change the next revision makes, linted: the diff of the model against the previous
 * snapshot with unacknowledged drops kept pending, every rule's findings reported at their level
 * on the element that causes them (or, when acknowledged, recorded as a comment at their op),
 * and acknowledgements that covered nothing reported as stale.
 */
public final class Lint {
  /** The diff to render, the snapshot after it, and comment lines before upgrade ops by index. */
  public record Outcome(DiffResult diff, Schema schema, Map<Integer, List<String>> notes) {}

  private final Reporter reporter;
  private final LintSettings settings;
  private final Model model;
  private final Elements elements;

  public Lint(Reporter reporter, LintSettings settings, Model model, Elements elements) {
    this.reporter = reporter;
    this.settings = settings;
    this.model = model;
    this.elements = elements;
  }

  /**
   * Lints the change from {@code previous} to the model, or, when {@code previous} is empty (the
   * model equals the stored snapshot), only reports the acknowledgements as stale.
   * {@code acknowledgements} come from the model's types and fields and from packages;
   * {@code stray} stand on other elements.
   */
  public Outcome run(Optional<Schema> previous, List<Acknowledgement> acknowledgements,
      List<Acknowledgement> stray) {
    Acknowledgements acks = new Acknowledgements(acknowledgements, reporter);
    for (Acknowledgement ack : stray) {
      reporter.warning(Code.TM220, ack.place(), "@Acknowledge on "
          + Acknowledgements.describe(ack.place().element()) + " covers nothing: it belongs on an"
          + " entity class, one of its column fields, or a package-info.java (with table ="
          + " \"...\").");
    }
    if (previous.isEmpty()) {
      acks.reportStale(reporter);
      return new Outcome(new DiffResult(List.of(), List.of(), List.of()), model.schema(), Map.of());
    }
    Schema before = previous.get();
    DiffResult diff = SchemaDiffer.diff(before, model.schema(), model.renames());
    PendingDrops.Result kept = PendingDrops.keep(before, model.schema(), diff.upgrade(), acks);
    if (!kept.pending().isEmpty()) {
      diff = SchemaDiffer.diff(before, kept.schema(), model.renames());
    }
    List<Violation> violations = new ArrayList<>(Linter.lint(before, kept.schema(), diff.upgrade()));
    violations.addAll(kept.pending());
    Map<Integer, List<String>> notes = new TreeMap<>();
    for (Violation v : violations) {
      Optional<Acknowledgement> ack = acks.use(v.rule(), v.table(), v.column());
      if (ack.isPresent()) {
        if (v.op() >= 0) {
          notes.computeIfAbsent(v.op(), i -> new ArrayList<>()).add("Acknowledged "
              + v.rule().label() + ": " + ack.get().reason());
        }
      } else if (settings.level(v.rule()) != Level.OFF) {
        reporter.finding(settings.level(v.rule()) == Level.ERROR ? Severity.ERROR
            : Severity.WARNING, v.rule().code(), place(v, before), v.message() + ". "
            + hint(v, before) + ".");
      }
    }
    acks.reportStale(reporter);
    return new Outcome(diff, kept.schema(), notes);
  }

  private Place place(Violation v, Schema before) {
    if (v.spot() == null) {
      PackageElement pkg = formerPackage(v.table(), before);
      return pkg == null ? null : Place.of(pkg);
    }
    return model.place(v.table(), v.spot().column(), v.spot().annotation(), v.spot().attribute());
  }

  /** Where and how to acknowledge {@code v}. */
  private String hint(Violation v, Schema before) {
    boolean drop = v.rule() == Rule.DROP_COLUMN || v.rule() == Rule.DROP_TABLE;
    String annotation = "@Acknowledge(rule = \"" + v.rule().ruleName() + "\"";
    String where;
    if (v.spot() == null) {
      PackageElement pkg = formerPackage(v.table(), before);
      annotation += ", table = \"" + v.table() + "\"";
      where = "the package-info.java of " + (pkg == null ? "a package of the model"
          : "package " + pkg.getQualifiedName());
    } else {
      Element type = model.types().get(v.table());
      String className = type == null ? v.table() : type.getSimpleName().toString();
      boolean field = v.column() != null
          && model.fields().getOrDefault(v.table(), Map.of()).containsKey(v.column());
      if (field) {
        where = "field " + model.fields().get(v.table()).get(v.column()).getSimpleName();
      } else {
        annotation += v.column() == null ? "" : ", column = \"" + v.column() + "\"";
        where = "class " + className;
      }
    }
    return (drop ? "To drop it, acknowledge it" : "Or, to accept it, acknowledge it")
        + " with a reason: " + annotation + ", reason = \"...\") on " + where;
  }

  /** The package that held the class of a table that left the model, when it still exists. */
  private PackageElement formerPackage(String table, Schema before) {
    return before.tables().stream().filter(t -> t.qualifiedName().equals(table))
        .map(TableNode::entity).findFirst()
        .map(entity -> entity.contains(".") ? entity.substring(0, entity.lastIndexOf('.')) : "")
        .map(elements::getPackageElement).orElse(null);
  }
}
