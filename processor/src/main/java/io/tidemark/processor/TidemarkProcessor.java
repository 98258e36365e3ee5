package io.tidemark.processor;

import com.google.auto.service.AutoService;
import io.tidemark.processor.lint.LintSettings;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Tidemark's annotation processor: reads the entity model, diffs it against the newest
 * committed snapshot and writes the next revision and the revision registry. It claims
 * every annotation type ({@code "*"}) so the registry is regenerated on every compile,
 * including partial ones that hold no entity, and claims none of them for itself.
 */
@AutoService(Processor.class)
public final class TidemarkProcessor extends AbstractProcessor {
  private boolean done;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> options = new LinkedHashSet<>(LintSettings.optionNames());
    options.addAll(List.of(ProcessorOptions.DIR, ProcessorOptions.PACKAGE,
        ProcessorOptions.FAIL_ON_CHANGE, ProcessorOptions.TIMESCALE_API,
        ProcessorOptions.COMMENTS));
    return options;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || round.processingOver()) {
      return false;
    }
    // Everything happens in the first round, so what is written there is compiled in the next.
    done = true;
    Reporter reporter = Reporter.of(processingEnv);
    try {
      new Pipeline(processingEnv, reporter).run(round);
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(Code.TM099, (Element) null, "Tidemark stopped on an internal error: " + e
          + ". Nothing more was written; please report this with the trace:\n" + trace);
    }
    return false;
  }
}
