package io.tidemark.processor.model;

import io.tidemark.processor.diff.Finding;
import java.util.ArrayList;
import java.util.List;
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
  /** Diagnostics held back until {@link #replay}, or {@code null} when they print at once. */
  private final List<Runnable> held;
  private boolean errors;

  public Reporter(Messager messager) {
    this(messager, null);
  }

  private Reporter(Messager messager, List<Runnable> held) {
    this.messager = messager;
    this.held = held;
  }

  /**
   * A reporter that holds its diagnostics back, for work whose result may be thrown away:
   * {@link #replay} prints them, dropping the reporter forgets them.
   */
  public Reporter deferred() {
    return new Reporter(messager, new ArrayList<>());
  }

  /** Prints what a {@link #deferred} reporter held back, in order. */
  public void replay() {
    held.forEach(Runnable::run);
    held.clear();
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
    if (held != null) {
      held.add(() -> print(messager, kind, text, element, mirror, value));
    } else {
      print(messager, kind, text, element, mirror, value);
    }
  }

  private static void print(Messager messager, Kind kind, String text, Element element,
      AnnotationMirror mirror, AnnotationValue value) {
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
