package io.tidemark.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.ddl.Operation;
import java.io.File;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles a user's module against the runtime's module descriptor, as an application on the
 * module path does: the API package and the core's operation records are readable, the
 * internal packages are not.
 */
class ModuleBoundaryTest {
  @TempDir Path dir;

  @Test
  void userModule_usesApi_compiles() throws Exception {
    String source = """
        package app;

        import io.tidemark.Migrator;
        import io.tidemark.ddl.IndexDef;

        public class Use {
          Migrator migrator = Migrator.builder().url("jdbc:postgresql://db/app").build();
          IndexDef index = io.tidemark.Ddl.index("t_c_idx", "c");
        }
        """;
    Result result = compile(source);
    assertEquals(0, result.status(), result.output());
  }

  @Test
  void userModule_usesExecutor_failsAsNotExported() throws Exception {
    for (String internal : List.of("io.tidemark.executor.Session", "io.tidemark.lock.AdvisoryLock",
        "io.tidemark.history.VersionTable", "io.tidemark.registry.ChainLoader",
        "io.tidemark.cli.Cli")) {
      String source = "package app;\n\npublic class Use {\n  " + internal + " field;\n}\n";
      Result result = compile(source);
      String pkg = internal.substring(0, internal.lastIndexOf('.'));
      assertEquals(1, result.status(), internal + " compiled against the module:\n" + result.output());
      assertTrue(result.output().contains("package " + pkg + " is not visible")
          || result.output().contains("does not export " + pkg), result.output());
    }
  }

  private record Result(int status, String output) {}

  private Result compile(String use) throws Exception {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("app"));
    Files.writeString(src.resolve("module-info.java"),
        "module app {\n  requires io.tidemark.runtime;\n}\n");
    Files.writeString(src.resolve("app/Use.java"), use);
    String modulePath = String.join(File.pathSeparator, location(Migrator.class),
        location(Operation.class), location(org.postgresql.Driver.class),
        location(com.palantir.javapoet.JavaFile.class));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    int status = javac.getTask(output, null, null,
        List.of("--module-path", modulePath, "-d", dir.resolve("out").toString(), "-proc:none"),
        null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(
            src.resolve("module-info.java"), src.resolve("app/Use.java"))).call() ? 0 : 1;
    return new Result(status, output.toString());
  }

  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
