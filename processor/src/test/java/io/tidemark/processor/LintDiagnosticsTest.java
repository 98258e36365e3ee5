package io.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.tidemark.processor.Compiles.compile;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lint rule through javac: the model {@code lint/v1} is compiled into a revision, then
 * {@code lint/v2} changes it so that each rule fires once, at its default level, on the line of
 * the annotation or field that causes it.
 */
class LintDiagnosticsTest {
  static final String[] V1 = {"lint/v1/Archive.java", "lint/v1/Buyer.java",
      "lint/v1/Customer.java", "lint/v1/Device.java", "lint/v1/Event.java",
      "lint/v1/Feeling.java", "lint/v1/Ledger.java", "lint/v1/Metric.java", "lint/v1/Mood.java",
      "lint/v1/Person.java", "lint/v1/Reading.java", "lint/v1/Shipment.java"};
  static final String[] V2 = {"lint/v2/package-info.java", "lint/v2/Client.java",
      "lint/v2/Color.java", "lint/v2/Customer.java", "lint/v2/Device.java", "lint/v2/Event.java",
      "lint/v2/Feeling.java", "lint/v2/Ledger.java", "lint/v2/Metric.java", "lint/v2/Mood.java",
      "lint/v2/Person.java", "lint/v2/Reading.java", "lint/v2/Shipment.java"};

  @TempDir Path dir;

  @BeforeEach
  void compileFirstVersion() {
    assertThat(compile(dir, V1)).succeeded();
  }

  static Stream<Arguments> findings() {
    return Stream.of(
        finding("TM200", Diagnostic.Kind.ERROR, "Ledger", "long amount",
            "column ledger.amount changes type from integer to bigint, which rewrites the table"),
        finding("TM201", Diagnostic.Kind.WARNING, "Person", "nullable = false",
            "column person.email becomes NOT NULL: the upgrade fails if a row holds NULL."),
        finding("TM202", Diagnostic.Kind.ERROR, "Device", "gen_random_uuid()",
            "column device.token is added to an existing table and its default gen_random_uuid()"
                + " calls gen_random_uuid(), which is volatile"),
        finding("TM203", Diagnostic.Kind.ERROR, "Event", "@Id",
            "primary key event_pkey (ts) is added to existing table event, which builds its unique"
                + " index under a lock that blocks writes while every row is read; on a"
                + " hypertable"),
        finding("TM204", Diagnostic.Kind.WARNING, "Color", "@Id int id",
            "primary key column color.id is integer, which runs out at 2,147,483,647"),
        finding("TM205", Diagnostic.Kind.WARNING, "Color", "length = 7",
            "column color.hex is character varying(7)"),
        finding("TM206", Diagnostic.Kind.WARNING, "Color", "LocalDateTime seenAt",
            "column color.seen_at is timestamp without time zone"),
        finding("TM207", Diagnostic.Kind.ERROR, "Customer", "renamedFrom",
            "column customer.phone is renamed to customer.phone_number"),
        finding("TM208", Diagnostic.Kind.ERROR, "Client", "@RenamedFrom",
            "table buyer is renamed to client"),
        finding("TM209", Diagnostic.Kind.WARNING, "Shipment", "@Table",
            "column shipment.legacy_code is no longer in the model but stays in the database"),
        finding("TM210", Diagnostic.Kind.WARNING, "package-info", "package app",
            "table archive is no longer in the model but stays in the database"),
        finding("TM211", Diagnostic.Kind.ERROR, "Metric", "compression = @Compression",
            "this change sets NOT NULL on column value of hypertable metric, which has"
                + " compression enabled"),
        finding("TM212", Diagnostic.Kind.ERROR, "Reading", "@Hypertable",
            "existing table reading becomes a hypertable"),
        finding("TM213", Diagnostic.Kind.ERROR, "Feeling", "Mood mood",
            "enum type mood loses or reorders values [CALM, GLAD, SAD] -> [CALM, GLAD], which"
                + " PostgreSQL cannot do in place"));
  }

  private static Arguments finding(String code, Diagnostic.Kind kind, String file, String line,
      String message) {
    return Arguments.of(code, kind, file, line, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("findings")
  void rule_changeThatBreaksIt_reportedWithCodeLevelAndLine(String code, Diagnostic.Kind kind,
      String file, String line, String message) {
    Compilation changed = compile(dir, V2);

    var source = Compiles.source("lint/v2/" + file + ".java");
    String text = "[" + code + "] " + message;
    if (kind == Diagnostic.Kind.ERROR) {
      assertThat(changed).hadErrorContaining(text).inFile(source).onLineContaining(line);
    } else {
      assertThat(changed).hadWarningContaining(text).inFile(source).onLineContaining(line);
    }
  }

  @Test
  void rules_errors_writeNoRevisionAndWarningsNameTheAcknowledgement() throws IOException {
    List<String> before = Compiles.revisionFiles(dir);

    Compilation changed = compile(dir, V2);

    assertThat(changed).failed();
    Truth.assertThat(Compiles.revisionFiles(dir)).isEqualTo(before);
    assertThat(changed).hadWarningContaining("To drop it, acknowledge it with a reason:"
        + " @Acknowledge(rule = \"dropColumn\", column = \"legacy_code\", reason = \"...\") on"
        + " class Shipment.");
    assertThat(changed).hadWarningContaining("@Acknowledge(rule = \"dropTable\", table ="
        + " \"archive\", reason = \"...\") on the package-info.java of package app.");
    assertThat(changed).hadErrorContaining("Or, to accept it, acknowledge it with a reason:"
        + " @Acknowledge(rule = \"columnTypeRewrite\", reason = \"...\") on field amount.");
  }

  @Test
  void options_changeLevels_byCodeAndByName() {
    Compilation changed = compile(dir, List.of("-Atidemark.lint.TM205=error",
        "-Atidemark.lint.timestampWithoutTimeZone=off", "-Atidemark.lint.columnTypeRewrite=warning"),
        V2);

    assertThat(changed).hadErrorContaining("[TM205]");
    assertThat(changed).hadWarningContaining("[TM200]");
    Truth.assertThat(changed.diagnostics().stream()
        .filter(d -> d.getMessage(null).contains("[TM206]")).toList()).isEmpty();
    Truth.assertThat(changed.errors().stream()
        .filter(d -> d.getMessage(null).contains("[TM200]")).toList()).isEmpty();
  }

  @Test
  void options_unknownRuleOrLevel_reportTm091() {
    Compilation changed = compile(dir, List.of("-Atidemark.lint.noSuchRule=error",
        "-Atidemark.lint.TM200=loud"), V2);

    assertThat(changed).hadErrorContaining("[TM091] -Atidemark.lint.noSuchRule names no lint rule");
    assertThat(changed).hadErrorContaining("[TM091] -Atidemark.lint.TM200=loud is not a level;"
        + " write -Atidemark.lint.TM200=error, =warning or =off.");
  }

  @Test
  void acknowledgements_invalid_reportTm221OnTheAttribute() {
    Compilation compilation = compile(dir, withV1("lint/bad/Acks.java"));

    var source = Compiles.source("lint/bad/Acks.java");
    assertThat(compilation).hadErrorContaining("[TM221] @Acknowledge(rule = \"noSuchRule\") names"
        + " no lint rule; write one of TM200 or columnTypeRewrite,").inFile(source)
        .onLineContaining("noSuchRule");
    assertThat(compilation).hadErrorContaining("[TM221] @Acknowledge(rule = \"TM200\") has table ="
        + " \"other\"; on an entity class it covers that class's table acks: remove table, or move"
        + " the annotation to a package-info.java.").inFile(source).onLineContaining("\"other\"");
    assertThat(compilation).hadErrorContaining("[TM221] @Acknowledge(rule = \"TM205\") has no"
        + " reason;").inFile(source).onLineContaining("reason = \" \"");
  }

  @Test
  void acknowledgement_onAClassThatIsNoEntity_isTm220() {
    Compilation compilation = compile(dir, withV1("lint/bad/Helper.java"));

    assertThat(compilation).hadWarningContaining("[TM220] @Acknowledge on Helper covers nothing:"
        + " it belongs on an entity class, one of its column fields, or a package-info.java")
        .inFile(Compiles.source("lint/bad/Helper.java")).onLineContaining("@Acknowledge");
  }

  private static String[] withV1(String extra) {
    return Stream.concat(Stream.of(V1), Stream.of(extra)).toArray(String[]::new);
  }
}
