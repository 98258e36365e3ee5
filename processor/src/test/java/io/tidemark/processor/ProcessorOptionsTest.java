package io.tidemark.processor;

import static com.google.common.truth.Truth.assertThat;

import io.tidemark.processor.lint.LintSettings;
import io.tidemark.processor.lint.Rule;
import io.tidemark.processor.lint.Rule.Level;
import io.tidemark.processor.model.Reporter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorOptionsTest {
  @TempDir Path dir;
  private final List<String> messages = new java.util.ArrayList<>();
  private final Reporter reporter = new Reporter(new Messager() {
    @Override public void printMessage(Diagnostic.Kind kind, CharSequence msg) {
      messages.add(msg.toString());
    }

    @Override public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {
      messages.add(msg.toString());
    }

    @Override public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {
      messages.add(msg.toString());
    }

    @Override public void printMessage(
        Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {
      messages.add(msg.toString());
    }
  });

  private Map<String, String> options(String failOnChange) {
    Map<String, String> options = new HashMap<>();
    options.put("tidemark.dir", dir.toString());
    options.put("tidemark.package", "app.db");
    if (failOnChange != null) {
      options.put("tidemark.failOnChange", failOnChange);
    }
    return options;
  }

  @Test
  void failOnChange_unset_followsCiEnvironment() {
    assertThat(ProcessorOptions.read(options(null), Map.of("CI", "true"), reporter, null)
        .orElseThrow().failOnChange()).isTrue();
    assertThat(ProcessorOptions.read(options(null), Map.of(), reporter, null)
        .orElseThrow().failOnChange()).isFalse();
    assertThat(ProcessorOptions.read(options(null), Map.of("CI", "1"), reporter, null)
        .orElseThrow().failOnChange()).isFalse();
  }

  @Test
  void failOnChange_explicit_winsOverEnvironment() {
    assertThat(ProcessorOptions.read(options("false"), Map.of("CI", "true"), reporter, null)
        .orElseThrow().failOnChange()).isFalse();
    assertThat(ProcessorOptions.read(options("true"), Map.of(), reporter, null)
        .orElseThrow().failOnChange()).isTrue();
    Map<String, String> bare = options(null);
    bare.put("tidemark.failOnChange", null);
    assertThat(ProcessorOptions.read(bare, Map.of(), reporter, null).orElseThrow().failOnChange()).isTrue();
    assertThat(messages).isEmpty();
  }

  @Test
  void read_invalidValues_reportTm091() {
    assertThat(ProcessorOptions.read(options("maybe"), Map.of(), reporter, null)).isEmpty();
    Map<String, String> badPackage = options(null);
    badPackage.put("tidemark.package", "app.1db");
    assertThat(ProcessorOptions.read(badPackage, Map.of(), reporter, null)).isEmpty();
    assertThat(messages).containsExactly(
        "[TM091] -Atidemark.failOnChange=maybe is not a boolean; write -Atidemark.failOnChange=true"
            + " or -Atidemark.failOnChange=false.",
        "[TM091] -Atidemark.package=app.1db is not a Java package name; write a package such as"
            + " -Atidemark.package=com.example.db.revisions.");
  }

  @Test
  void comments_javadocOrNone_readAndOtherValuesReportTm091() {
    assertThat(ProcessorOptions.read(options(null), Map.of(), reporter, null).orElseThrow()
        .javadocComments()).isFalse();
    Map<String, String> javadoc = options(null);
    javadoc.put("tidemark.comments", "javadoc");
    assertThat(ProcessorOptions.read(javadoc, Map.of(), reporter, null).orElseThrow()
        .javadocComments()).isTrue();
    javadoc.put("tidemark.comments", "doc");
    assertThat(ProcessorOptions.read(javadoc, Map.of(), reporter, null)).isEmpty();
    assertThat(messages).containsExactly("[TM091] -Atidemark.comments=doc is not a source of"
        + " comments; write -Atidemark.comments=javadoc (the first paragraph of the Javadoc of"
        + " entities and fields becomes their table and column comment) or"
        + " -Atidemark.comments=none (only @Comment, the default).");
  }

  @Test
  void lint_levelsByCodeOrName_setThoseRulesAndLeaveTheRestAtDefault() {
    Map<String, String> options = options("false");
    options.put("tidemark.lint.TM205", "ERROR");
    options.put("tidemark.lint.intPrimaryKey", "off");

    LintSettings lint = ProcessorOptions.read(options, Map.of(), reporter, null).orElseThrow().lint();

    assertThat(lint.level(Rule.VARCHAR_LENGTH)).isEqualTo(Level.ERROR);
    assertThat(lint.level(Rule.INT_PRIMARY_KEY)).isEqualTo(Level.OFF);
    assertThat(lint.level(Rule.DROP_COLUMN)).isEqualTo(Level.WARNING);
    assertThat(messages).isEmpty();
  }

  @Test
  void lint_codeAndNameWithDifferentLevels_reportTm091() {
    Map<String, String> options = options("false");
    options.put("tidemark.lint.TM205", "error");
    options.put("tidemark.lint.varcharLength", "warning");

    assertThat(ProcessorOptions.read(options, Map.of(), reporter, null)).isEmpty();
    assertThat(messages).containsExactly("[TM091] -Atidemark.lint.varcharLength=warning and"
        + " -Atidemark.lint.TM205=error set rule TM205 (varcharLength) to different levels; keep"
        + " one of them.");
  }

  @Test
  void lint_bareOptionOrUnknownRule_reportTm091() {
    Map<String, String> options = options("false");
    options.put("tidemark.lint.dropColumn", null);
    options.put("tidemark.lint.dropColumns", "off");

    assertThat(ProcessorOptions.read(options, Map.of(), reporter, null)).isEmpty();
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0)).isEqualTo("[TM091] -Atidemark.lint.dropColumn= is not a level;"
        + " write -Atidemark.lint.dropColumn=error, =warning or =off.");
    assertThat(messages.get(1)).startsWith("[TM091] -Atidemark.lint.dropColumns names no lint"
        + " rule; write -Atidemark.lint.<rule>=error|warning|off with a code or name of"
        + " docs/zero-downtime.md#lint-rules: TM200 (columnTypeRewrite), TM201 (setNotNull),");
  }

  @Test
  void packageDir_resolvesPackagePath() {
    ProcessorOptions options = ProcessorOptions.read(options("false"), Map.of(), reporter, null).orElseThrow();
    assertThat(options.packageDir()).isEqualTo(dir.resolve("app/db"));
  }
}
