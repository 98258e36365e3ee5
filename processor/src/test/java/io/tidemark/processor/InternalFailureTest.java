package io.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure inside the processor becomes a TM099 error with its cause, never a javac crash. */
class InternalFailureTest {
  @TempDir Path dir;

  /** Runs the real processor on an environment whose Filer breaks, as a full disk would. */
  private static final class BrokenFiler extends AbstractProcessor {
    private final TidemarkProcessor tidemark = new TidemarkProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      tidemark.init((ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
            if (method.getName().equals("getFiler")) {
              throw new IllegalStateException("the filer is gone");
            }
            try {
              return method.invoke(env, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return tidemark.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return tidemark.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return tidemark.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return tidemark.process(annotations, round);
    }
  }

  @Test
  void process_internalException_reportedAsTm099WithCause() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new BrokenFiler())
        .withOptions("-Atidemark.dir=" + dir, "-Atidemark.package=app.db", "-Atidemark.failOnChange=false")
        .compile(Compiles.source("good/Tenant.java"));

    assertThat(compilation).hadErrorContaining("[TM099] Tidemark stopped on an internal error:"
        + " java.lang.IllegalStateException: the filer is gone. Nothing more was written;"
        + " please report this with the trace:");
    assertThat(compilation).hadErrorContaining("at io.tidemark.processor.Pipeline.run");
  }
}
