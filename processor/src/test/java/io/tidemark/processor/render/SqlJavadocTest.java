package io.tidemark.processor.render;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.Operation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlJavadocTest {
  @Test
  void of_bothDirections_inTheLinesShowPrints() {
    ColumnDef email = new ColumnDef("email", "text", true, "'none'");
    IndexDef index = new IndexDef("users_email_idx", List.of("email"), false, null, null, List.of(),
        true);
    String javadoc = SqlJavadoc.of("0002_abcdef",
        List.of(new AddColumn("users", email), new CreateIndex("users", index)),
        List.of(new DropColumn("users", "email", email)));
    assertEquals("\n<p>Upgrade, as {@code tidemark show 0002_abcdef} prints it (PostgreSQL):\n"
        + "<pre>{@code\n"
        + "ALTER TABLE users ADD COLUMN email text DEFAULT 'none';\n"
        + "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);  -- outside a transaction\n"
        + "}</pre>\n"
        + "\n<p>Downgrade:\n"
        + "<pre>{@code\n"
        + "ALTER TABLE users DROP COLUMN email;\n"
        + "}</pre>\n", javadoc);
  }

  @Test
  void of_noOperations_isEmpty() {
    assertEquals("", SqlJavadoc.of("0003_abcdef", List.of(), List.of()));
  }

  @Test
  void of_moreLinesThanFit_endsWithTheLastWholeStatementAndSaysHowToSeeTheRest() {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < SqlJavadoc.MAX_LINES + 7; i++) {
      ops.add(new AddColumn("t", new ColumnDef("c" + i, "text", true, null)));
    }
    String javadoc = SqlJavadoc.of("0001_abcdef", ops, List.of());
    assertTrue(javadoc.contains("ALTER TABLE t ADD COLUMN c399 text;\n"
        + "-- ... 7 more statements: tidemark show 0001_abcdef prints them all\n}</pre>"), javadoc);
  }

  @Test
  void escaped_commentEndAndUnicodeEscapes_cannotBreakTheSource() {
    assertEquals("a *&#47; b", SqlJavadoc.escaped("a */ b"));
    assertEquals("E'\\u005cu0041'", SqlJavadoc.escaped("E'\\u0041'"));
    assertEquals("'\\\\user'", SqlJavadoc.escaped("'\\\\user'"), "an escaped backslash is no escape");
    assertEquals("'\\\\\\u005cuser'", SqlJavadoc.escaped("'\\\\\\user'"));
    assertEquals("x ~ '\\d+'", SqlJavadoc.escaped("x ~ '\\d+'"));
  }

  @Test
  void of_sqlWithCommentEndAndBackslashU_compilesWithoutWarnings() {
    ColumnDef nasty = new ColumnDef("note", "text", true, "E'*/ \\u0041 \\user'");
    String javadoc = SqlJavadoc.of("0002_abcdef", List.of(new AddColumn("t", nasty)), List.of());
    StringBuilder source = new StringBuilder("package p;\n\n/**\n * Revision.\n");
    javadoc.lines().forEach(line -> source.append(" * ").append(line).append('\n'));
    source.append(" */\npublic final class R {}\n");
    Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror")
        .compile(JavaFileObjects.forSourceString("p.R", source.toString()));
    assertThat(compilation).succeededWithoutWarnings();
  }
}
