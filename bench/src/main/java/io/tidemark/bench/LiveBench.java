package io.tidemark.bench;

import io.tidemark.Migrator;
import io.tidemark.TidemarkException;
import io.tidemark.bench.LiveModel.Change;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Applies the revisions the processor generates for six common changes to a table of millions
 * of rows while an application writes to it, and the same changes as plain DDL, and prints how
 * long writers waited on locks and their longest write beside a window without a migration.
 */
final class LiveBench {
  private static final String DB = "live";
  /** A write-free pause between windows, so one window's tail does not reach into the next. */
  private static final long SETTLE_MS = 1_000;
  /** The window of load alone that each migration's latency is compared with. */
  private static final long BASELINE_MS = 5_000;

  private final Bench.Server server;
  private final Path work;
  private final int rows;
  private final int tps;
  private final long holdMs;

  private LiveBench(Bench.Server server, Path work, int rows, int tps, long holdMs) {
    this.server = server;
    this.work = work;
    this.rows = rows;
    this.tps = tps;
    this.holdMs = holdMs;
  }

  static void run(Bench.Server server, Path work, int rows, int tps, long holdMs)
      throws Exception {
    new LiveBench(server, work, rows, tps, holdMs).run();
  }

  private void run() throws Exception {
    Path base = work.resolve("live/base");
    LiveModel.write(base.resolve("src"), null);
    LiveModel.compile(base);
    resetDatabase();
    migrator(base).upgrade("head");
    String baseline = migrator(base).status().currentHeads().get(0);
    long start = System.nanoTime();
    load();
    System.out.printf("%nLive tables: %,d rows in orders, loaded in %.1f s; write load %d"
        + " transactions/s on 4 connections%n", rows, (System.nanoTime() - start) / 1e9, tps);
    System.out.printf("  %-27s %-8s %7s %11s %11s %17s%n", "change", "plan", "took",
        "lock wait", "all waits", "longest write");
    System.out.printf("  %-27s %-8s %7s %11s %11s %17s%n", "", "", "",
        "(longest)", "(sum)", "(no migration)");
    try (WriteLoad load = WriteLoad.start(server.jdbc(DB), server.user(), server.password(),
        tps, 4)) {
      for (Change change : Change.values()) {
        Path project = work.resolve("live/" + change.name().toLowerCase());
        LiveModel.copy(base, project);
        LiveModel.write(project.resolve("src"), change);
        LiveModel.compile(project);
        Migrator migrator = migrator(project);
        measure(load, change, "tidemark", () -> migrator.upgrade("head"));
        migrator.downgrade(baseline);
        measure(load, change, "plain", () -> plain(change.plain));
        plain(change.revert);
      }
    }
  }

  /** Runs one migration under the load and prints its row. */
  private void measure(WriteLoad load, Change change, String plan, Step step) throws Exception {
    Thread.sleep(SETTLE_MS);
    long baseFrom = System.nanoTime();
    Thread.sleep(BASELINE_MS);
    long baseTo = System.nanoTime();
    Reader reader = change == Change.ADD_COLUMN_BEHIND_READER ? Reader.start(server, DB, holdMs)
        : null;
    long from = System.nanoTime();
    String outcome = "";
    try {
      step.run();
    } catch (TidemarkException e) {
      outcome = "  failed: " + e.code();
    } catch (SQLException e) {
      outcome = "  failed: " + e.getSQLState() + " " + e.getMessage().lines().findFirst()
          .orElse("");
    }
    long to = System.nanoTime();
    if (reader != null) {
      reader.close();
    }
    Thread.sleep(SETTLE_MS);
    WriteLoad.Window during = load.window(from, to);
    WriteLoad.Window quiet = load.window(baseFrom, baseTo);
    System.out.printf("  %-27s %-8s %6.2fs %8d ms %8d ms %8d ms (%d ms)%s%n", change.label, plan,
        (to - from) / 1e9, during.longestWaitMs(), during.totalWaitMs(), during.longestWriteMs(),
        quiet.longestWriteMs(), outcome);
  }

  @FunctionalInterface
  private interface Step {
    void run() throws Exception;
  }

  /** The plain DDL of a change in one transaction, under the 10 s lock_timeout of old. */
  private void plain(List<String> sql) throws SQLException {
    try (Connection c = connect(DB); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("SET LOCAL lock_timeout = '10s'");
      for (String statement : sql) {
        s.execute(statement);
      }
      c.commit();
    }
  }

  private Migrator migrator(Path project) throws Exception {
    URLClassLoader loader = new URLClassLoader(
        new URL[] {project.resolve("classes").toUri().toURL()}, getClass().getClassLoader());
    return Migrator.builder().url(server.jdbc(DB)).user(server.user())
        .password(server.password()).classLoader(loader)
        .revisionPackage(LiveModel.REVISION_PACKAGE).build();
  }

  private void load() throws SQLException {
    try (Connection c = connect(DB); Statement s = c.createStatement()) {
      s.execute("INSERT INTO customer (id, name) SELECT g, 'customer ' || g"
          + " FROM generate_series(1, 10000) g");
      s.execute("INSERT INTO orders (id, customer_id, amount, status, note, created_at)"
          + " SELECT g, 1 + g % 10000, (g % 100000) / 100.0,"
          + " (ARRAY['NEW', 'PAID', 'SHIPPED'])[1 + g % 3], 'order ' || g,"
          + " now() - g * interval '1 second' FROM generate_series(1, " + rows + ") g");
      s.execute("CREATE SEQUENCE live_order_id START " + (rows + 1));
      s.execute("VACUUM ANALYZE");
    }
  }

  private void resetDatabase() throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DB + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DB);
    }
  }

  private Connection connect(String db) throws SQLException {
    return DriverManager.getConnection(server.jdbc(db), server.user(), server.password());
  }
}
