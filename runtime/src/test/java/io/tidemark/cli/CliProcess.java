package io.tidemark.cli;

import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the CLI ({@code io.tidemark.Tidemark}) in a JVM of its own, on this test class path,
 * with a fixture chain of {@code io.tidemark.fixture.FixtureRegistry}, against a test database:
 * for tests that need several runners at once or a runner to kill.
 */
public final class CliProcess {
  private CliProcess() {}

  /**
   * Starts {@code args} with {@code --url} and the test credentials appended; standard error
   * is merged into standard output.
   */
  public static Process start(String fixture, String url, String... args) throws IOException {
    PostgresServer server = PostgresServer.get();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--url", url, "--user", server.user(), "--password", server.password()));
    return builder(fixture, all).start();
  }

  /** The CLI with exactly {@code args}, standard error merged into standard output. */
  public static ProcessBuilder builder(String fixture, List<String> args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // The flags docs/commands.md recommends for the CLI's short-lived JVM.
        "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
        "-XX:-UsePerfData", "-Dtidemark.fixture=" + fixture,
        "-cp", System.getProperty("java.class.path"), "io.tidemark.Tidemark"));
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true);
  }
}
