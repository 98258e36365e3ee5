package io.tidemark.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Times javac on a generated model with and without the Tidemark processor. */
final class ProcessorBench {
  private ProcessorBench() {}

  static void run(Path dir, int entities, int runs) throws IOException {
    Path src = dir.resolve("src");
    EntityWorkload.write(src, entities);
    Path revisions = src.resolve(EntityWorkload.REVISION_PACKAGE.replace('.', '/'));
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    // As a Maven build has it: the annotations and the runtime on the class path, the processor
    // and its dependencies on the processor path (annotationProcessorPaths).
    String cp = jars("tidemark-annotations-", "tidemark-runtime-", "tidemark-core-");
    String processorPath = jars("tidemark-processor-", "tidemark-core-", "javapoet-", "asm-",
        "tidemark-annotations-");
    List<String> withProcessor = List.of(javac, "-cp", cp, "-processorpath", processorPath,
        "-processor", "io.tidemark.processor.TidemarkProcessor",
        "-Atidemark.dir=" + src, "-Atidemark.package=" + EntityWorkload.REVISION_PACKAGE,
        "-Atidemark.failOnChange=false");
    String here = Path.of(EmptyProcessor.class.getProtectionDomain().getCodeSource().getLocation()
        .getPath()).toString();
    List<String> withEmpty = List.of(javac, "-cp", cp, "-processorpath", here,
        "-processor", EmptyProcessor.class.getName());
    List<String> plain = List.of(javac, "-cp", cp, "-proc:none");
    Map<String, String> env = Map.of("CI", "false");

    compile(dir, env, withProcessor, src); // writes the initial revision
    long[] base = new long[runs];
    long[] empty = new long[runs];
    long[] proc = new long[runs];
    long[] change = new long[runs];
    for (int i = 0; i < runs; i++) {
      base[i] = compile(dir, env, plain, src);
      empty[i] = compile(dir, env, withEmpty, src);
      proc[i] = compile(dir, env, withProcessor, src);
      EntityWorkload.setExtraColumn(src, entities / 2, true);
      int before = count(revisions);
      change[i] = compile(dir, env, withProcessor, src);
      if (count(revisions) != before + 2) {
        throw new IllegalStateException("expected the one-column change to write one revision and its snapshot");
      }
      deleteNewest(revisions);
      EntityWorkload.setExtraColumn(src, entities / 2, false);
    }
    double b = Stats.medianSeconds(base);
    double e = Stats.medianSeconds(empty);
    double p = Stats.medianSeconds(proc);
    double c = Stats.medianSeconds(change);
    System.out.printf("%njavac on %d entities, 10 columns and 2 indexes each (median of %d runs)%n",
        entities, runs);
    System.out.printf("  %-46s %10s%n", "javac -proc:none", Stats.seconds(b));
    System.out.printf("  %-46s %10s %8s   (what any annotation processor costs)%n",
        "javac + a processor that does nothing", Stats.seconds(e), Stats.ratio(e, b));
    System.out.printf("  %-46s %10s %8s   (target <= 1.10x)%n",
        "javac + Tidemark, no model change", Stats.seconds(p), Stats.ratio(p, b));
    System.out.printf("  %-46s %10s   %s over no change (diff and write, target well under 1 s)%n",
        "javac + Tidemark, one column added", Stats.seconds(c), Stats.seconds(c - p));
  }

  /** The jars of this class path whose file names start with the given prefixes, in order. */
  static String jars(String... prefixes) {
    List<String> found = new ArrayList<>();
    String[] entries = System.getProperty("java.class.path").split(java.io.File.pathSeparator);
    for (String prefix : prefixes) {
      for (String entry : entries) {
        if (Path.of(entry).getFileName().toString().startsWith(prefix)) {
          found.add(entry);
          break;
        }
      }
    }
    if (found.size() != prefixes.length) {
      throw new IllegalStateException("expected jars " + List.of(prefixes) + " on the class path,"
          + " found " + found + "; run bench/run.sh");
    }
    return String.join(java.io.File.pathSeparator, found);
  }

  private static long compile(Path dir, Map<String, String> env, List<String> javac, Path src)
      throws IOException {
    Path out = dir.resolve("out");
    deleteTree(out);
    Files.createDirectories(out);
    List<String> cmd = new ArrayList<>(javac);
    cmd.add("-d");
    cmd.add(out.toString());
    Path argfile = dir.resolve("sources.txt");
    try (Stream<Path> files = Files.walk(src)) {
      Files.write(argfile, files.filter(f -> f.toString().endsWith(".java"))
          .map(Path::toString).sorted().toList());
    }
    cmd.add("@" + argfile);
    return Proc.runNanos(dir, env, cmd);
  }

  private static int count(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return (int) files.count();
    }
  }

  private static void deleteNewest(Path revisions) throws IOException {
    try (Stream<Path> files = Files.list(revisions)) {
      String newest = files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".java")).max(Comparator.naturalOrder()).orElseThrow();
      String stem = newest.substring(0, newest.length() - ".java".length());
      Files.delete(revisions.resolve(newest));
      Files.deleteIfExists(revisions.resolve(stem + ".snapshot.json"));
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
