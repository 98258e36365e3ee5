package io.tidemark.processor;

import io.tidemark.processor.lint.LintSettings;
import io.tidemark.processor.model.Code;
import io.tidemark.processor.model.Reporter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;

/** The processor's {@code -A} options, validated; see {@code DESIGN.md} for their meaning. */
record ProcessorOptions(Path dir, String packageName, boolean failOnChange, LintSettings lint,
    boolean columnstore, boolean javadocComments) {
  static final String DIR = "tidemark.dir";
  /** {@code compression} (the default: the legacy names) or {@code columnstore} (2.18+). */
  static final String TIMESCALE_API = "tidemark.timescale.api";
  static final String PACKAGE = "tidemark.package";
  /** {@code none} (the default: {@code @Comment} only) or {@code javadoc}. */
  static final String COMMENTS = "tidemark.comments";
  static final String FAIL_ON_CHANGE = "tidemark.failOnChange";

  /** The folder holding the revision sources of {@link #packageName}. */
  Path packageDir() {
    return dir.resolve(packageName.replace('.', '/'));
  }

  /**
   * The options, or empty: silently when both are absent and the compilation has no entity
   * ({@code anchor} is null), otherwise after reporting what to add or fix.
   */
  static Optional<ProcessorOptions> read(
      Map<String, String> options, Map<String, String> env, Reporter reporter, Element anchor) {
    String dir = options.get(DIR);
    String pkg = options.get(PACKAGE);
    if (dir == null && pkg == null && anchor == null) {
      return Optional.empty();
    }
    if (dir == null || dir.isBlank() || pkg == null || pkg.isBlank()) {
      reporter.error(Code.TM090, anchor, "Tidemark needs to know where revisions live: the"
          + " processor option " + (dir == null || dir.isBlank() ? DIR : PACKAGE) + " is missing."
          + " Add to the maven-compiler-plugin <configuration>:\n"
          + "  <compilerArgs>\n"
          + "    <arg>-A" + DIR + "=${project.basedir}/src/main/java</arg>\n"
          + "    <arg>-A" + PACKAGE + "=" + (pkg == null || pkg.isBlank() ? "com.example.db.revisions" : pkg)
          + "</arg>\n"
          + "  </compilerArgs>");
      return Optional.empty();
    }
    Path path;
    try {
      path = Path.of(dir.strip());
    } catch (InvalidPathException e) {
      path = null;
    }
    if (path == null || !path.isAbsolute() || !Files.isDirectory(path)) {
      reporter.error(Code.TM091, anchor, "-A" + DIR + "=" + dir + " is not an absolute path of an"
          + " existing folder; point it at the source root that holds the revisions, for example"
          + " -A" + DIR + "=${project.basedir}/src/main/java.");
      return Optional.empty();
    }
    if (!SourceVersion.isName(pkg.strip())) {
      reporter.error(Code.TM091, anchor, "-A" + PACKAGE + "=" + pkg + " is not a Java package"
          + " name; write a package such as -A" + PACKAGE + "=com.example.db.revisions.");
      return Optional.empty();
    }
    // A bare -Atidemark.failOnChange arrives with a null value and means true.
    String fail = options.containsKey(FAIL_ON_CHANGE)
        ? Objects.requireNonNullElse(options.get(FAIL_ON_CHANGE), "") : null;
    boolean failOnChange;
    if (fail == null) {
      failOnChange = "true".equalsIgnoreCase(env.getOrDefault("CI", ""));
    } else if (fail.equalsIgnoreCase("true") || fail.equalsIgnoreCase("false") || fail.isEmpty()) {
      failOnChange = !fail.equalsIgnoreCase("false");
    } else {
      reporter.error(Code.TM091, anchor, "-A" + FAIL_ON_CHANGE + "=" + fail + " is not a boolean;"
          + " write -A" + FAIL_ON_CHANGE + "=true or -A" + FAIL_ON_CHANGE + "=false.");
      return Optional.empty();
    }
    String api = Objects.requireNonNullElse(options.get(TIMESCALE_API), "compression").strip();
    if (!api.equals("compression") && !api.equals("columnstore")) {
      reporter.error(Code.TM091, anchor, "-A" + TIMESCALE_API + "=" + api + " is not a TimescaleDB"
          + " API name; write -A" + TIMESCALE_API + "=compression (the legacy names, the default)"
          + " or -A" + TIMESCALE_API + "=columnstore (the names of TimescaleDB 2.18 and later).");
      return Optional.empty();
    }
    String comments = Objects.requireNonNullElse(options.get(COMMENTS), "none").strip();
    if (!comments.equals("none") && !comments.equals("javadoc")) {
      reporter.error(Code.TM091, anchor, "-A" + COMMENTS + "=" + comments + " is not a source of"
          + " comments; write -A" + COMMENTS + "=javadoc (the first paragraph of the Javadoc of"
          + " entities and fields becomes their table and column comment) or -A" + COMMENTS
          + "=none (only @Comment, the default).");
      return Optional.empty();
    }
    Optional<LintSettings> lint = LintSettings.read(options, reporter, anchor);
    if (lint.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ProcessorOptions(path, pkg.strip(), failOnChange, lint.get(),
        api.equals("columnstore"), comments.equals("javadoc")));
  }
}
