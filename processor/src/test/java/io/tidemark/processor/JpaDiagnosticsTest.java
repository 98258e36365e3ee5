package io.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JPA diagnostic (TM044-TM048), asserted down to its message and line. */
class JpaDiagnosticsTest {
  @TempDir Path dir;

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("Conflicts", "[TM044] @Table(name = \"order_rows\") disagrees with the table"
            + " name JPA gives this entity, \"orders\"", "name = \"order_rows\""),
        Arguments.of("Conflicts", "[TM044] Field named: @Column(name = \"title\") of Tidemark"
            + " disagrees with the column name its JPA mapping gives, \"label\"; remove name from"
            + " Tidemark's @Column", "name = \"title\""),
        Arguments.of("Conflicts", "[TM044] Field optional: @Column(nullable = true) of Tidemark"
            + " disagrees with the nullability its JPA mapping gives, false", "nullable = true"),
        Arguments.of("Conflicts", "[TM044] Field sized: @Column(length = 80) of Tidemark disagrees"
            + " with the length its JPA mapping gives, 40", "length = 80"),
        Arguments.of("Conflicts", "[TM044] Field typed: @Column(type = \"json\") of Tidemark"
            + " disagrees with the type its JPA mapping gives, \"jsonb\"", "type = \"json\""),
        Arguments.of("Conflicts", "[TM044] Field keyed: @Column(unique = false) of Tidemark"
            + " disagrees with the uniqueness its JPA mapping gives, true", "unique = false"),
        Arguments.of("Conflicts", "[TM044] Field state: enum State declares the native enum type"
            + " state with @EnumType, but JPA stores its ordinal", "State state"),
        Arguments.of("Conflicts", "[TM044] Field parent: @References(table = \"nowhere\") of"
            + " Tidemark disagrees with the referenced table its JPA mapping gives, \"parent\"",
            "\"nowhere\""),
        Arguments.of("Unsupported", "[TM046] Field id has @GeneratedValue(strategy = TABLE),"
            + " which needs Hibernate's generator table that Tidemark does not generate",
            "GenerationType.TABLE"),
        Arguments.of("Unsupported", "[TM046] Field code of type character varying(255) has"
            + " @GeneratedValue(strategy = SEQUENCE), which draws from a sequence of bigint values",
            "GenerationType.SEQUENCE"),
        Arguments.of("Unsupported", "[TM047] Field plain is a relation to Plain, which is not a"
            + " JPA @Entity", "Plain plain"),
        Arguments.of("Unsupported", "[TM047] Field target refers to Target, which has no basic"
            + " column nope; use one of: id, code.", "\"nope\""),
        Arguments.of("Unsupported", "[TM048] SubTarget extends entity Target: Tidemark does not"
            + " read JPA entity inheritance", "class SubTarget"),
        Arguments.of("Unsupported", "[TM048] Field target has @JoinColumns, which Tidemark does"
            + " not read", "JoinColumns({})"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("errors")
  void badJpaInput_compiled_reportsErrorOnItsLine(String file, String message, String line) {
    JavaFileObject source = Compiles.source("jpa/bad/" + file + ".java");
    Compilation compilation = Compiles.compile(dir, List.of(), "jpa/bad/" + file + ".java");
    assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining(line);
  }

  @Test
  void collectionTables_compiled_warnOnEachFieldThatTheTableIsNotGenerated() {
    JavaFileObject source = Compiles.source("jpa/bad/Unsupported.java");
    Compilation compilation = Compiles.compile(dir, List.of(), "jpa/bad/Unsupported.java");
    for (String line : List.of("@ManyToMany", "@ElementCollection", "@OneToMany")) {
      assertThat(compilation).hadWarningContaining("[TM045] Field ").inFile(source)
          .onLineContaining(line);
    }
    assertThat(compilation).hadWarningContaining("[TM045] Field targets is mapped to a join or"
        + " collection table, which Tidemark does not generate from JPA; declare that table as an"
        + " entity of its own");
  }
}
