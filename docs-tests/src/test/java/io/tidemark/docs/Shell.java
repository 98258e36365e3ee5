package io.tidemark.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs documented shell commands with bash, in a project folder, against a real database. */
final class Shell {
  /** What a command printed (stdout then stderr) and its exit code. */
  record Outcome(int exitCode, String output) {}

  private Shell() {}

  static Outcome run(String prelude, String script, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", prelude + "\n" + script)
        .directory(dir.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("PG") || k.equals("DATABASE_URL"));
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("command did not finish within 180 s:\n" + script);
    }
    return new Outcome(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }
}
