package io.tidemark.processor.model;

import io.tidemark.chain.ChainProblem;
import io.tidemark.processor.diff.Finding;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
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
  /** Places diagnostics on repeated annotations; {@code null} without javac's tree API. */
  private final RepeatedAnnotations repeated;
  /** The reporter that prints what this one holds back, or {@code null} when it prints itself. */
  private final Reporter parent;
  private final List<Runnable> held = new ArrayList<>();
  private boolean errors;

  public Reporter(Messager messager) {
    this(messager, null, null);
  }

  /** A reporter that also places diagnostics on repeated annotations when javac runs it. */
  public static Reporter of(ProcessingEnvironment env) {
    return new Reporter(env.getMessager(), RepeatedAnnotations.of(env).orElse(null), null);
  }

  private Reporter(Messager messager, RepeatedAnnotations repeated, Reporter parent) {
    this.messager = messager;
    this.repeated = repeated;
    this.parent = parent;
  }

  /**
   * A reporter that holds its diagnostics back, for work whose result may be thrown away:
   * {@link #replay} reports them through this one, dropping the reporter forgets them.
   */
  public Reporter deferred() {
    return new Reporter(messager, repeated, this);
  }

  /** Reports, in order, what this {@link #deferred} reporter held back. */
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

  /**
   * Reports a broken revision-chain rule under its own code, the one the runtime uses for the
   * same rule; {@code place} may have no element.
   */
  public void error(ChainProblem<?> problem, Place place) {
    print(Kind.ERROR, problem.code().name(), problem.message(), place.element(), place.mirror(),
        place.value());
  }

  public void warning(Code code, Place place, String message) {
    print(Kind.WARNING, code.name(), message, place.element(), place.mirror(), place.value());
  }

  public void note(Code code, Element element, String message) {
    print(Kind.NOTE, code.name(), message, element, null, null);
  }

  /** Reports a finding of the diff on {@code element}, which may be {@code null}. */
  public void finding(Finding finding, Element element) {
    finding(finding.severity(), finding.code(), Place.of(element), finding.message());
  }

  /** Reports a finding under its rule's {@code code} at {@code place}, which may be null. */
  public void finding(Finding.Severity severity, String code, Place place, String message) {
    Kind kind = severity == Finding.Severity.ERROR ? Kind.ERROR : Kind.WARNING;
    if (place == null) {
      print(kind, code, message, null, null, null);
    } else {
      print(kind, code, message, place.element(), place.mirror(), place.value());
    }
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
    if (parent != null) {
      held.add(() -> parent.print(kind, code, message, element, mirror, value));
      return;
    }
    String text = "[" + code + "] " + message;
    if (repeated != null && element != null && mirror != null
        && repeated.print(kind, text, element, mirror, value)) {
      return;
    }
    print(messager, kind, text, element, mirror, value);
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
