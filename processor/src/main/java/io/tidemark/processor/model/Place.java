package io.tidemark.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Where a diagnostic points: an element, optionally one of its annotations and a value. */
public record Place(Element element, AnnotationMirror mirror, AnnotationValue value) {
  public static Place of(Element element) {
    return new Place(element, null, null);
  }
}
