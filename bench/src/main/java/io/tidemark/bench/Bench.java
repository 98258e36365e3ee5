package io.tidemark.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times Tidemark against psql on a generated revision chain, and the annotation processor
 * against plain javac on a generated model, then prints the ratios against the targets.
 *
 * <p>Usage: {@code bench/run.sh [--runs N] [--revisions N] [--entities N] [--only chain|processor]
 * [--host H --port P --user U --password W]} (default: an embedded PostgreSQL); {@code
 * bench/run.sh --only live [--rows N] [--tps N] [--hold MS]} runs {@link LiveBench} instead,
 * and {@code bench/run.sh --compare DIR} the chain against another checkout's build
 * ({@link CompareBench}).
 */
public final class Bench {
  private static final String USAGE = "Usage: bench/run.sh [--runs N] [--revisions N]"
      + " [--entities N] [--only chain|processor|live] [--rows N] [--tps N] [--hold MS]"
      + " [--compare DIR] [--host H --port P --user U --password W]\n"
      + "Defaults: 5 runs, 200 revisions, 500 entities, the chain and processor workloads, an"
      + " embedded PostgreSQL; live: 3000000 rows, 300 writes/s, a 5000 ms reader.";
  /** The flags docs/commands.md suggests for the short-lived CLI process. */
  static final List<String> CLI_FLAGS = List.of("-XX:TieredStopAtLevel=1",
      "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-XX:-UsePerfData");

  private final int runs;
  private final Server server;
  private final Path work;

  private Bench(int runs, Server server, Path work) {
    this.runs = runs;
    this.server = server;
    this.work = work;
  }

  /** Where the benchmark database lives. */
  record Server(String host, int port, String user, String password) {
    String jdbc(String db) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + db;
    }
  }

  public static void main(String[] args) throws Exception {
    if (List.of(args).contains("--help")) {
      System.out.println(USAGE);
      return;
    }
    Map<String, String> opts = options(args);
    int runs = Integer.parseInt(opts.getOrDefault("runs", "5"));
    int revisions = Integer.parseInt(opts.getOrDefault("revisions", "200"));
    int entities = Integer.parseInt(opts.getOrDefault("entities", "500"));
    String only = opts.getOrDefault("only", "all");
    EmbeddedPostgres embedded = null;
    Server server;
    if (opts.containsKey("host")) {
      server = new Server(opts.get("host"), Integer.parseInt(opts.getOrDefault("port", "5432")),
          opts.getOrDefault("user", "postgres"), opts.getOrDefault("password", ""));
    } else {
      embedded = EmbeddedPostgres.builder().start();
      server = new Server("localhost", embedded.getPort(), "postgres", "");
    }
    Path work = Files.createTempDirectory("tidemark-bench");
    System.out.printf("Tidemark bench: %d cores, Java %s, work dir %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), work);
    try {
      Bench bench = new Bench(runs, server, work);
      if (only.equals("live")) {
        LiveBench.run(server, work, Integer.parseInt(opts.getOrDefault("rows", "3000000")),
            Integer.parseInt(opts.getOrDefault("tps", "300")),
            Long.parseLong(opts.getOrDefault("hold", "5000")));
        return;
      }
      if (opts.containsKey("compare")) {
        bench.compare(revisions, Path.of(opts.get("compare")).toAbsolutePath());
        return;
      }
      if (!only.equals("processor")) {
        bench.chain(revisions);
      }
      if (!only.equals("chain")) {
        ProcessorBench.run(work.resolve("model"), entities, runs);
      }
    } finally {
      if (embedded != null) {
        embedded.close();
      }
    }
  }

  /** The chain on this build and on the checkout at {@code other}, alternating run by run. */
  private void compare(int revisions, Path other) throws IOException {
    Path jar = ChainWorkload.build(work.resolve("chain"), revisions);
    String url = server.jdbc("bench");
    Map<String, String> env = cliEnv();
    CompareBench.run(work, jar, other, runs, () -> {
      try {
        resetDatabase();
      } catch (SQLException e) {
        throw new IllegalStateException("could not recreate the bench database", e);
      }
    }, env, List.of("upgrade", "head", "--url", url, "--user", server.user()));
  }

  /**
   * What a user's class path holds: their revisions, the runtime (picocli inside), the core it
   * depends on, and pgjdbc.
   */
  static String cliClassPath(Path revisions) {
    return revisions + java.io.File.pathSeparator
        + ProcessorBench.jars("tidemark-runtime-", "tidemark-core-", "postgresql-");
  }

  /** The environment psql and the CLI run with: the server's password, when it has one. */
  private Map<String, String> cliEnv() {
    return server.password().isEmpty() ? Map.of()
        : Map.of("PGPASSWORD", server.password(), "TIDEMARK_PASSWORD", server.password());
  }

  private void chain(int revisions) throws IOException, SQLException {
    Path jar = ChainWorkload.build(work.resolve("chain"), revisions);
    String cp = cliClassPath(jar);
    List<String> java = concat(List.of(javaBin()), CLI_FLAGS);
    List<String> tidemark = concat(java, List.of("-cp", cp, "io.tidemark.Tidemark"));
    List<String> tidemarkPlain = List.of(javaBin(), "-cp", cp, "io.tidemark.Tidemark");
    Path archive = work.resolve("tidemark.jsa");
    List<String> tidemarkCds = concat(java, List.of("-XX:SharedArchiveFile=" + archive,
        "-cp", cp, "io.tidemark.Tidemark"));
    String url = server.jdbc("bench");
    List<String> upgrade = List.of("upgrade", "head", "--url", url, "--user", server.user());
    Map<String, String> env = cliEnv();

    String perRevision = Proc.output(work, env, concat(tidemark, List.of("upgrade", "head", "--sql")));
    // One script for both psql runs: under -1 it leaves transaction control to psql's.
    Path perRevisionSql = work.resolve("per-revision.sql");
    Files.writeString(perRevisionSql, perRevision);
    List<String> psql = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.host(),
        "-p", String.valueOf(server.port()), "-U", server.user(), "-d", "bench");
    // The AppCDS archive, made once by a training run as docs/commands.md describes.
    resetDatabase();
    Proc.runNanos(work, env, concat(concat(java, List.of("-XX:ArchiveClassesAtExit=" + archive,
        "-cp", cp, "io.tidemark.Tidemark")), upgrade));

    long[] floor = new long[runs];
    long[] perTx = new long[runs];
    long[] tm = new long[runs];
    long[] noop = new long[runs];
    long[] tmCds = new long[runs];
    long[] noopCds = new long[runs];
    long[] tmPlain = new long[runs];
    long[] noopPlain = new long[runs];
    for (int i = 0; i < runs; i++) {
      resetDatabase();
      floor[i] = Proc.runNanos(work, env, concat(psql, List.of("-1", "-f",
          perRevisionSql.toString())));
      resetDatabase();
      perTx[i] = Proc.runNanos(work, env, concat(psql, List.of("-f", perRevisionSql.toString())));
      resetDatabase();
      tm[i] = Proc.runNanos(work, env, concat(tidemark, upgrade));
      noop[i] = Proc.runNanos(work, env, concat(tidemark, upgrade));
      resetDatabase();
      tmCds[i] = Proc.runNanos(work, env, concat(tidemarkCds, upgrade));
      noopCds[i] = Proc.runNanos(work, env, concat(tidemarkCds, upgrade));
      resetDatabase();
      tmPlain[i] = Proc.runNanos(work, env, concat(tidemarkPlain, upgrade));
      noopPlain[i] = Proc.runNanos(work, env, concat(tidemarkPlain, upgrade));
    }
    double f = Stats.medianSeconds(floor);
    double p = Stats.medianSeconds(perTx);
    System.out.printf("%nApplying a chain of %d revisions to an empty database (median of %d runs)%n",
        revisions, runs);
    System.out.printf("  %-50s %10s %8s%n", "psql -1 (one transaction, the floor)", Stats.seconds(f), "1.00x");
    System.out.printf("  %-50s %10s %8s%n", "psql, one transaction per revision", Stats.seconds(p), Stats.ratio(p, f));
    chainRows("", Stats.medianSeconds(tm), Stats.medianSeconds(noop), f, p);
    chainRows(", AppCDS", Stats.medianSeconds(tmCds), Stats.medianSeconds(noopCds), f, p);
    chainRows(", no JVM flags", Stats.medianSeconds(tmPlain), Stats.medianSeconds(noopPlain), f, p);
  }

  private static void chainRows(String variant, double t, double n, double f, double p) {
    System.out.printf("  %-50s %10s %8s   %s psql per revision (target <= 1.50x)%n",
        "tidemark upgrade head" + variant, Stats.seconds(t), Stats.ratio(t, f), Stats.ratio(t, p));
    System.out.printf("  %-50s %10s            (target <= 0.250 s)%n",
        "tidemark upgrade head" + variant + ", nothing to do", Stats.seconds(n));
    System.out.printf("  %-50s %10s %8s   %s psql per revision (start-up and checks excluded)%n",
        "tidemark" + variant + ", less its nothing-to-do run", Stats.seconds(t - n),
        Stats.ratio(t - n, f), Stats.ratio(t - n, p));
  }

  private void resetDatabase() throws SQLException {
    try (Connection c = DriverManager.getConnection(server.jdbc("postgres"), server.user(), server.password());
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS bench WITH (FORCE)");
      s.execute("CREATE DATABASE bench");
    }
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static <T> List<T> concat(List<T> a, List<T> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new java.util.HashMap<>();
    List<String> rest = new ArrayList<>(List.of(args));
    for (int i = 0; i < rest.size(); i++) {
      String a = rest.get(i);
      if (!a.startsWith("--") || i + 1 >= rest.size()) {
        throw new IllegalArgumentException("expected --name value pairs, got: " + a + "\n"
            + USAGE);
      }
      opts.put(a.substring(2), rest.get(++i));
    }
    return opts;
  }
}
