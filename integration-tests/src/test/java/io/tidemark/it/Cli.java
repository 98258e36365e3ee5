package io.tidemark.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the Tidemark CLI in a separate JVM, as a user would. */
final class Cli {
  private static final long TIMEOUT_SECONDS = 120;

  private Cli() {}

  static Result run(String classpath, String... args) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(
        List.of(java.toString(), "-cp", classpath, "io.tidemark.Tidemark"));
    command.addAll(List.of(args));
    try {
      Path log = Files.createTempFile("tidemark-cli", ".log");
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile());
      pb.environment().remove("DATABASE_URL");
      Process process = pb.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("Tidemark " + String.join(" ", args)
            + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      String output = Files.readString(log);
      Files.delete(log);
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command, e);
    }
  }

  /** Exit code and combined output of one CLI run. */
  record Result(int exitCode, String output) {}
}
