package io.tidemark.processor;

import io.tidemark.annotations.Acknowledge;
import io.tidemark.processor.model.Acknowledgement;
import io.tidemark.processor.model.AcknowledgementReader;
import io.tidemark.processor.model.Model;
import io.tidemark.processor.model.Reporter;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the {@code @Acknowledge} annotations of a compilation: on the model's classes and fields,
 * on the packages of the model's classes, of the classes the previous snapshot names (a class that
 * is gone leaves its package) and of any {@code package-info} compiled now; and, to be reported
 * as covering nothing, on any other element of this round.
 */
final class Acknowledged {
  private final Elements elements;
  private final Reporter reporter;
  private final Model model;

  Acknowledged(Elements elements, Reporter reporter, Model model) {
    this.elements = elements;
    this.reporter = reporter;
    this.model = model;
  }

  /** Every acknowledgement of the model and of the packages {@code previous} tables came from. */
  List<Acknowledgement> read(RoundEnvironment round, Collection<TableNode> previous) {
    AcknowledgementReader reader = new AcknowledgementReader(reporter);
    List<Acknowledgement> acks = new ArrayList<>(reader.read(model));
    Map<String, PackageElement> packages = new TreeMap<>();
    ElementFilter.packagesIn(round.getRootElements())
        .forEach(p -> packages.put(p.getQualifiedName().toString(), p));
    Set<String> names = new LinkedHashSet<>();
    model.types().values().forEach(t -> names.add(elements.getPackageOf(t).getQualifiedName()
        .toString()));
    previous.forEach(t -> names.add(t.entity().contains(".")
        ? t.entity().substring(0, t.entity().lastIndexOf('.')) : ""));
    for (String name : names) {
      PackageElement pkg = elements.getPackageElement(name);
      if (pkg != null) {
        packages.putIfAbsent(name, pkg);
      }
    }
    acks.addAll(reader.read(packages.values()));
    return acks;
  }

  /** The acknowledgements on elements of this round where they cover nothing. */
  List<Acknowledgement> stray(RoundEnvironment round) {
    Set<Element> known = new HashSet<>(model.types().values());
    model.fields().values().forEach(fields -> known.addAll(fields.values()));
    List<Element> stray = new ArrayList<>();
    Set<Element> annotated = new LinkedHashSet<>(round.getElementsAnnotatedWith(Acknowledge.class));
    annotated.addAll(round.getElementsAnnotatedWith(Acknowledge.List.class));
    for (Element element : annotated) {
      if (!known.contains(element) && !(element instanceof PackageElement)
          && !isRecordComponentOfModel(element, known)) {
        stray.add(element);
      }
    }
    return new AcknowledgementReader(reporter).readStray(stray);
  }

  /** A record component's annotation also lands on its field, which the model knows. */
  private static boolean isRecordComponentOfModel(Element element, Set<Element> known) {
    return element.getKind() == ElementKind.RECORD_COMPONENT
        && element.getEnclosingElement() instanceof TypeElement type && known.contains(type);
  }
}
