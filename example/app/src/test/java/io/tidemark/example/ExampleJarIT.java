package io.tidemark.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main command after its build step: {@code java -jar
 * example/app/target/tidemark-example.jar} with no database configured, and the CLI from the
 * same jar. Runs after {@code package}, on the jar the README names.
 */
class ExampleJarIT {
  private static final Path JAR = Path.of(System.getProperty("tidemark.exampleJar",
      "target/tidemark-example.jar"));

  record Result(int code, String out, String err) {}

  private static Result java(Path workDir, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("DATABASE_URL");
    builder.environment().remove("PGPASSWORD");
    File out = workDir.resolve("out.txt").toFile();
    File err = workDir.resolve("err.txt").toFile();
    Process process = builder.redirectOutput(out).redirectError(err).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    return new Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  @Test
  void jar_noDatabaseUrl_startsEmbeddedPostgresAppliesTheChainAndPrintsHistory(
      @TempDir Path dir) throws Exception {
    Result run = java(dir, "-jar", JAR.toAbsolutePath().toString());
    assertEquals(0, run.code(), run.out() + run.err());
    assertEquals("", run.err());
    assertTrue(run.out().startsWith("Database: embedded PostgreSQL on port "), run.out());
    assertTrue(run.out().contains("\n" + ExampleAppTest.SKIPPED), run.out());
    assertTrue(run.out().contains("Running upgrade base -> 0001_2af59b, create table "
        + "etl_s3_ingest_log, create table ingestion_runs and 3 more changes ("), run.out());
    assertTrue(run.out().contains("Applied 5 revisions in "), run.out());
    assertTrue(run.out().contains("tidemark_version\n" + ExampleAppTest.APP_HISTORY), run.out());
    assertTrue(run.out().endsWith("tidemark_version_metrics\n"
        + ExampleAppTest.METRICS_HISTORY), run.out());
  }

  @Test
  void jar_tidemarkCli_listsTheHistoryOfEachSetAndNamesThePackagesWithoutOne(
      @TempDir Path dir) throws Exception {
    String jar = JAR.toAbsolutePath().toString();
    Result app = java(dir, "-cp", jar, "io.tidemark.Tidemark", "history",
        "--revision-package", "io.tidemark.example.db");
    assertEquals(0, app.code(), app.err());
    assertEquals(ExampleAppTest.APP_HISTORY, app.out());
    Result metrics = java(dir, "-cp", jar, "io.tidemark.Tidemark", "history",
        "--revision-package", "io.tidemark.example.metrics.db");
    assertEquals(ExampleAppTest.METRICS_HISTORY, metrics.out());
    Result both = java(dir, "-cp", jar, "io.tidemark.Tidemark", "history");
    assertEquals(1, both.code());
    assertTrue(both.err().startsWith("ERROR [TM105] The revision graph has 2 base revisions"),
        both.err());
    assertTrue(both.err().contains("registries in 2 packages (io.tidemark.example.db, "
        + "io.tidemark.example.metrics.db)"), both.err());
  }
}
