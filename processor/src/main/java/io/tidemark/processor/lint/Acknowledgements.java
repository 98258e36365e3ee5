package io.tidemark.processor.lint;

import io.tidemark.processor.model.Acknowledgement;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;

/**
 * The acknowledgements of one compilation, by rule: which finding each covers, and which covered
 * nothing (stale, reported as TM220). A rule that names no rule is an error (TM221).
 */
final class Acknowledgements {
  private final Map<Acknowledgement, Rule> rules = new LinkedHashMap<>();
  private final List<Acknowledgement> used = new ArrayList<>();

  Acknowledgements(List<Acknowledgement> acknowledgements, Reporter reporter) {
    for (Acknowledgement ack : acknowledgements) {
      Optional<Rule> rule = Rule.byKey(ack.rule());
      if (rule.isPresent()) {
        rules.put(ack, rule.get());
      } else {
        reporter.error(Code.TM221, ack.rulePlace(), "@Acknowledge(rule = \"" + ack.rule()
            + "\") names no lint rule; write one of " + Arrays.stream(Rule.values())
                .map(r -> r.code() + " or " + r.ruleName()).collect(Collectors.joining(", "))
            + ".");
      }
    }
  }

  /** The acknowledgement of {@code rule} covering {@code column} of {@code table}, if any. */
  Optional<Acknowledgement> find(Rule rule, String table, String column) {
    return rules.entrySet().stream()
        .filter(e -> e.getValue() == rule && e.getKey().covers(table, column))
        .map(Map.Entry::getKey).findFirst();
  }

  /** Like {@link #find}, and counts the acknowledgement as used. */
  Optional<Acknowledgement> use(Rule rule, String table, String column) {
    Optional<Acknowledgement> ack = find(rule, table, column);
    ack.ifPresent(used::add);
    return ack;
  }

  /** Warns (TM220) about every acknowledgement with a known rule that covered nothing. */
  void reportStale(Reporter reporter) {
    rules.forEach((ack, rule) -> {
      if (!used.contains(ack) && ack.table() != null) {
        reporter.warning(Code.TM220, ack.place(), "@Acknowledge(rule = \"" + ack.rule()
            + "\") on " + describe(ack.place().element()) + " covers " + ack.table()
            + (ack.column() == null ? "" : "." + ack.column()) + ", where this change breaks no"
            + " rule " + rule.label() + ". If the change it accepted is already in a revision,"
            + " that revision records the reason: remove the annotation. Otherwise check the"
            + " rule, the table and the column it names.");
      }
    });
  }

  static String describe(Element element) {
    if (element == null) {
      return "nothing";
    }
    if (element instanceof PackageElement pkg) {
      return "package " + pkg.getQualifiedName();
    }
    return (element.getKind() == ElementKind.FIELD ? "field " : element.getKind() == ElementKind
        .RECORD_COMPONENT ? "component " : "") + element.getSimpleName();
  }
}
