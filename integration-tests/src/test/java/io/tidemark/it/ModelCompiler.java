package io.tidemark.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in-process with the system compiler, against this test's class path,
 * as a build tool would: with the Tidemark processor and its options, or without processing.
 */
public final class ModelCompiler {
  private static final String PROCESSOR = "io.tidemark.processor.TidemarkProcessor";

  private ModelCompiler() {}

  /** Options that run the Tidemark processor like the scratch project's pom does. */
  public static List<String> processorOptions(Path revisionRoot, String revisionPackage) {
    return List.of("-processor", PROCESSOR,
        "-processorpath", System.getProperty("java.class.path"),
        "-Atidemark.dir=" + revisionRoot,
        "-Atidemark.package=" + revisionPackage,
        // explicit, so that CI=true in the environment of this build does not change it
        "-Atidemark.failOnChange=false");
  }

  /**
   * Compiles {@code sources} into {@code classes} (generated sources go to
   * {@code generated}); returns every diagnostic, or fails listing them when one is an error.
   */
  public static List<String> compile(List<Path> sources, Path classes, Path generated,
      List<String> extraOptions) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Files.createDirectories(classes);
      Files.createDirectories(generated);
      List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all",
          "-classpath", System.getProperty("java.class.path") + File.pathSeparator + classes,
          "-d", classes.toString(), "-s", generated.toString()));
      options.addAll(extraOptions);
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      List<String> messages = diagnostics.getDiagnostics().stream()
          .map(ModelCompiler::describe).toList();
      if (!ok) {
        throw new AssertionError("compilation failed:\n" + String.join("\n", messages));
      }
      return messages;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String where = d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()
        + ": ";
    return d.getKind() + ": " + where + d.getMessage(Locale.ROOT);
  }
}
