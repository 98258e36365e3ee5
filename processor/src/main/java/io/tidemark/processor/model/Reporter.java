package io.tidemark.processor.model;

import io.tidemark.processor.diff.Finding;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/**
 * The one place diagnostics leave the processor: each carries a stable code and is placed on
 * the element, annotation and value that caused it, so the IDE underlines the right spot.
 */
public final class Reporter {
  private final Messager messager;
  private boolean errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** Whether an error was reported since this reporter was made. */
  public boolean hasErrors() {
    return errors;
  }

  public void error(Code code, Element element, String message) {
    print(Kind.ERROR, code.name(), message, element, null, null);
  }

  public void error(Code code, Place place, String message) {
    print(Kind.ERROR, code.name(), message, place.element(), place.mirror(), place.value());
  }

  public void warning(Code code, Place place, String message) {
    print(Kind.WARNING, code.name(), message, place.element(), place.mirror(), place.value());
  }

  public void note(Code code, Element element, String message) {
    print(Kind.NOTE, code.name(), message, element, null, null);
  }

  /** Reports a finding of the diff on {@code element}, which may be {@code null}. */
  public void finding(Finding finding, Element element) {
    Kind kind = finding.severity() == Finding.Severity.ERROR ? Kind.ERROR : Kind.WARNING;
    print(kind, finding.code(), finding.message(), element, null, null);
  }

  private void print(
      Kind kind,
      String code,
      String message,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value) {
    if (kind == Kind.ERROR) {
      errors = true;
    }
    String text = "[" + code + "] " + message;
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (mirror == null) {
      messager.printMessage(kind, text, element);
    } else if (value == null) {
      messager.printMessage(kind, text, element, mirror);
    } else {
      messager.printMessage(kind, text, element, mirror, value);
    }
  }
}
