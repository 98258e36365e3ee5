package io.tidemark.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * One Tidemark or {@code jakarta.persistence} annotation on one element, read through its mirror
 * so that every value keeps its source position for diagnostics (reflection-free, and works for
 * types read from class files).
 */
final class Ann {
  /** The package of the JPA annotations, read by name so their classes are never needed. */
  static final String JPA = "jakarta.persistence.";
  /** JPA's repeatable containers that Tidemark reads, by the annotation they repeat. */
  private static final Map<String, String> CONTAINERS = Map.of(
      JPA + "AttributeOverrides", JPA + "AttributeOverride",
      JPA + "SequenceGenerators", JPA + "SequenceGenerator");
  private final Element element;
  private final AnnotationMirror mirror;
  private final Map<String, AnnotationValue> values = new HashMap<>();
  private final Map<String, AnnotationValue> explicit = new HashMap<>();

  private Ann(Element element, AnnotationMirror mirror) {
    this.element = element;
    this.mirror = mirror;
    mirror.getElementValues().forEach((k, v) -> explicit.put(name(k), v));
    for (Element e : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (e instanceof ExecutableElement method) {
        AnnotationValue value = explicit.get(name(method));
        values.put(name(method), value != null ? value : method.getDefaultValue());
      }
    }
  }

  private static String name(ExecutableElement method) {
    return method.getSimpleName().toString();
  }

  /**
   * The annotation {@code name} on {@code element}, or null: for a check that would otherwise
   * read every annotation of many elements through {@link #all}.
   */
  static Ann find(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return new Ann(element, mirror);
      }
    }
    return null;
  }

  /** Whether {@code element} carries annotation {@code name}, alone or in its container. */
  static boolean present(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      Name type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName();
      if (type.contentEquals(name) || type.contentEquals(name + ".List")) {
        return true;
      }
    }
    return false;
  }

  /** The annotations of {@code element} by qualified type name, repeatable containers unwrapped. */
  static Map<String, List<Ann>> all(Element element) {
    Map<String, List<Ann>> result = new HashMap<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      String name = type.getQualifiedName().toString();
      if (!name.startsWith("io.tidemark.annotations.") && !name.startsWith(JPA)) {
        continue;
      }
      if (name.startsWith(JPA) ? CONTAINERS.containsKey(name) : name.endsWith(".List")) {
        Ann container = new Ann(element, mirror);
        String inner = name.startsWith(JPA) ? CONTAINERS.get(name)
            : name.substring(0, name.length() - ".List".length());
        for (AnnotationValue v : container.list("value")) {
          result.computeIfAbsent(inner, k -> new ArrayList<>())
              .add(new Ann(element, (AnnotationMirror) v.getValue()));
        }
      } else {
        result.computeIfAbsent(name, k -> new ArrayList<>()).add(new Ann(element, mirror));
      }
    }
    return result;
  }

  Element element() {
    return element;
  }

  /** This annotation as a diagnostic place. */
  Place place() {
    return new Place(element, mirror, null);
  }

  /** The place of one attribute: its value when written explicitly, else the annotation. */
  Place place(String attribute) {
    return new Place(element, mirror, explicit.get(attribute));
  }

  String string(String attribute) {
    return ((String) values.get(attribute).getValue()).strip();
  }

  boolean bool(String attribute) {
    return (Boolean) values.get(attribute).getValue();
  }

  int integer(String attribute) {
    return (Integer) values.get(attribute).getValue();
  }

  long longValue(String attribute) {
    return ((Number) values.get(attribute).getValue()).longValue();
  }

  /** The simple name of an enum constant value. */
  String constant(String attribute) {
    return ((VariableElement) values.get(attribute).getValue()).getSimpleName().toString();
  }

  boolean isSet(String attribute) {
    return explicit.containsKey(attribute);
  }

  List<String> strings(String attribute) {
    List<String> result = new ArrayList<>();
    for (AnnotationValue v : list(attribute)) {
      result.add(((String) v.getValue()).strip());
    }
    return result;
  }

  /** The classes of a {@code Class<?>[]} attribute; an unresolved class is left out. */
  List<TypeElement> types(String attribute) {
    List<TypeElement> result = new ArrayList<>();
    for (AnnotationValue v : list(attribute)) {
      if (v.getValue() instanceof DeclaredType type && type.asElement() instanceof TypeElement t) {
        result.add(t);
      }
    }
    return result;
  }

  /** The place of the {@code index}-th entry of an array attribute. */
  Place place(String attribute, int index) {
    AnnotationValue value = explicit.get(attribute);
    if (value != null && value.getValue() instanceof List<?> items && index < items.size()) {
      return new Place(element, mirror, (AnnotationValue) items.get(index));
    }
    return place(attribute);
  }

  Ann nested(String attribute) {
    return new Ann(element, (AnnotationMirror) values.get(attribute).getValue());
  }

  /** The annotations of an annotation-array attribute. */
  List<Ann> nestedList(String attribute) {
    List<Ann> result = new ArrayList<>();
    for (AnnotationValue v : list(attribute)) {
      result.add(new Ann(element, (AnnotationMirror) v.getValue()));
    }
    return result;
  }

  @SuppressWarnings("unchecked")
  private List<? extends AnnotationValue> list(String attribute) {
    Object value = values.get(attribute).getValue();
    return value instanceof List<?> ? (List<? extends AnnotationValue>) value : List.of();
  }
}
