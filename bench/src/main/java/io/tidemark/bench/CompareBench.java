package io.tidemark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times the chain workload on this build and on another checkout's, alternating run by run
 * against one server, so that a machine that drifts between two sequential bench runs does
 * not decide which build looks faster. Each row prints both medians and the median of the
 * run-by-run differences, against an allowance of 30 ms or 5% of the other build, whichever
 * is larger.
 */
final class CompareBench {
  private static final double ALLOWANCE_SECONDS = 0.030;
  private static final double ALLOWANCE_SHARE = 0.05;
  private static final String[] ROWS = {"tidemark upgrade head",
      "tidemark upgrade head, nothing to do", "tidemark upgrade head, AppCDS",
      "tidemark upgrade head, AppCDS, nothing to do", "tidemark upgrade head, no JVM flags",
      "tidemark upgrade head, no JVM flags, nothing to do"};

  /** One build: the class path the CLI runs with, and where its AppCDS archive goes. */
  private record Build(String classPath, Path archive) {}

  private CompareBench() {}

  /**
   * Runs {@code runs} alternating rounds; {@code reset} empties the database, {@code env} is
   * the CLI's environment and {@code upgrade} its arguments.
   */
  static void run(Path work, Path chainJar, Path other, int runs, Runnable reset,
      Map<String, String> env, List<String> upgrade) throws IOException {
    Build mine = new Build(Bench.cliClassPath(chainJar), work.resolve("mine.jsa"));
    Build theirs = new Build(chainJar + java.io.File.pathSeparator + jars(other)
        + java.io.File.pathSeparator + ProcessorBench.jars("postgresql-"),
        work.resolve("other.jsa"));
    for (Build build : List.of(mine, theirs)) {
      reset.run();
      Proc.runNanos(work, env, command(build, List.of("-XX:ArchiveClassesAtExit="
          + build.archive()), upgrade));
    }
    long[][] mineTimes = new long[ROWS.length][runs];
    long[][] theirTimes = new long[ROWS.length][runs];
    for (int i = 0; i < runs; i++) {
      // Alternate which build goes first, so that neither always runs on a warmer server.
      boolean mineFirst = i % 2 == 0;
      round(mineFirst ? mine : theirs, mineFirst ? mineTimes : theirTimes, i, work, reset, env,
          upgrade);
      round(mineFirst ? theirs : mine, mineFirst ? theirTimes : mineTimes, i, work, reset, env,
          upgrade);
    }
    System.out.printf("%nThis build against %s, alternating run by run (median of %d runs)%n",
        other, runs);
    System.out.printf("  %-50s %9s %9s %11s %10s%n", "", "this", "other", "difference",
        "allowance");
    for (int r = 0; r < ROWS.length; r++) {
      double a = Stats.medianSeconds(mineTimes[r]);
      double b = Stats.medianSeconds(theirTimes[r]);
      long[] differences = new long[runs];
      for (int i = 0; i < runs; i++) {
        differences[i] = mineTimes[r][i] - theirTimes[r][i];
      }
      double difference = Stats.medianSeconds(differences);
      double allowance = Math.max(ALLOWANCE_SECONDS, ALLOWANCE_SHARE * b);
      System.out.printf(java.util.Locale.ROOT, "  %-50s %9s %9s %+9.3f s %8.3f s  %s%n",
          ROWS[r], Stats.seconds(a), Stats.seconds(b), difference, allowance,
          difference <= allowance ? "ok" : "WORSE");
    }
  }

  /** One build's six timings of round {@code i}: each JVM setting, applying then idle. */
  private static void round(Build build, long[][] times, int i, Path work, Runnable reset,
      Map<String, String> env, List<String> upgrade) {
    List<List<String>> flags = List.of(List.of(), List.of("-XX:SharedArchiveFile="
        + build.archive()), List.of());
    for (int variant = 0; variant < 3; variant++) {
      List<String> cmd = variant == 2 ? plain(build, upgrade)
          : command(build, flags.get(variant), upgrade);
      reset.run();
      times[2 * variant][i] = Proc.runNanos(work, env, cmd);
      times[2 * variant + 1][i] = Proc.runNanos(work, env, cmd);
    }
  }

  /** The CLI with the flags the commands page suggests, plus {@code extra}. */
  private static List<String> command(Build build, List<String> extra, List<String> upgrade) {
    List<String> cmd = new ArrayList<>(List.of(Bench.javaBin()));
    cmd.addAll(Bench.CLI_FLAGS);
    cmd.addAll(extra);
    cmd.addAll(List.of("-cp", build.classPath(), "io.tidemark.Tidemark"));
    cmd.addAll(upgrade);
    return cmd;
  }

  private static List<String> plain(Build build, List<String> upgrade) {
    return Bench.concat(List.of(Bench.javaBin(), "-cp", build.classPath(),
        "io.tidemark.Tidemark"), upgrade);
  }

  /**
   * The other checkout's runtime jar, and its core jar where it has one (commits before the
   * shared operation model have none).
   */
  private static String jars(Path other) throws IOException {
    List<String> found = new ArrayList<>();
    for (String module : List.of("runtime", "core")) {
      Path target = other.resolve(module).resolve("target");
      if (!Files.isDirectory(target)) {
        continue;
      }
      try (Stream<Path> files = Files.list(target)) {
        files.map(Path::toString)
            .filter(f -> f.matches(".*/tidemark-" + module + "-[^/]*[0-9T]\\.jar"))
            .sorted().findFirst().ifPresent(found::add);
      }
    }
    if (found.isEmpty() || !found.get(0).contains("tidemark-runtime-")) {
      throw new IllegalStateException("no runtime jar in " + other.resolve("runtime/target")
          + "; build that checkout first: (cd " + other + " && mvn -B -q -pl runtime -am clean"
          + " package -DskipTests)");
    }
    return String.join(java.io.File.pathSeparator, found);
  }
}
