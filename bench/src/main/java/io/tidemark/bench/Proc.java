package io.tidemark.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs one external command to completion and says how long it took. */
final class Proc {
  private Proc() {}

  /** Runs {@code command} in {@code dir}; fails with its output when it exits non-zero. */
  static long runNanos(Path dir, Map<String, String> env, List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    long start = System.nanoTime();
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      int code = p.waitFor();
      long elapsed = System.nanoTime() - start;
      if (code != 0) {
        throw new IllegalStateException("command failed (exit " + code + "): "
            + String.join(" ", command) + "\n" + new String(out, StandardCharsets.UTF_8));
      }
      return elapsed;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Runs {@code command} and returns its standard output; fails when it exits non-zero. */
  static String output(Path dir, Map<String, String> env, List<String> command) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int code = p.waitFor();
      if (code != 0) {
        throw new IllegalStateException("command failed (exit " + code + "): " + String.join(" ", command));
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
