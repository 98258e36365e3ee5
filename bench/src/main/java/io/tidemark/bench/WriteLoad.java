package io.tidemark.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An application's writes at a steady rate (an insert and an update of a random row, each in
 * its own transaction) on several connections, with every write's start and duration, and a
 * sampler that reads {@code pg_locks} every {@link #SAMPLE_MS} ms for writers waiting on a lock.
 */
final class WriteLoad implements AutoCloseable {
  static final long SAMPLE_MS = 5;

  /** What the writers saw in one stretch of time. */
  record Window(long longestWriteMs, long longestWaitMs, long totalWaitMs) {}

  private record Write(long start, long nanos) {}

  private record Sample(long at, Set<Integer> waiting) {}

  private final List<Thread> threads = new ArrayList<>();
  private final List<Write> writes = new ArrayList<>();
  private final List<Sample> samples = new ArrayList<>();
  private final List<Integer> pids = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();
  private volatile boolean running = true;

  private WriteLoad() {}

  static WriteLoad start(String url, String user, String password, int tps, int connections)
      throws SQLException {
    WriteLoad load = new WriteLoad();
    long intervalNanos = 1_000_000_000L * connections / tps;
    for (int i = 0; i < connections; i++) {
      Connection c = DriverManager.getConnection(url, user, password);
      load.pids.add(pid(c));
      load.threads.add(daemon("writer-" + i, () -> load.write(c, intervalNanos)));
    }
    Connection sampler = DriverManager.getConnection(url, user, password);
    load.threads.add(daemon("lock-sampler", () -> load.sample(sampler)));
    return load;
  }

  static Thread daemon(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static int pid(Connection c) throws SQLException {
    try (ResultSet r = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
      r.next();
      return r.getInt(1);
    }
  }

  private void write(Connection c, long intervalNanos) {
    try (c;
        PreparedStatement insert = c.prepareStatement("INSERT INTO orders (id, customer_id,"
            + " amount, status, note, created_at) VALUES (nextval('live_order_id'), ?, 1.00,"
            + " 'NEW', 'written under load', now())");
        PreparedStatement update = c.prepareStatement(
            "UPDATE orders SET amount = amount + 1 WHERE id = ?")) {
      long next = System.nanoTime();
      boolean inserting = true;
      while (running) {
        long start = System.nanoTime();
        PreparedStatement statement = inserting ? insert : update;
        statement.setLong(1, 1 + ThreadLocalRandom.current().nextLong(10_000));
        if (!inserting) {
          statement.setLong(1, 1 + ThreadLocalRandom.current().nextLong(1_000_000));
        }
        statement.executeUpdate();
        long nanos = System.nanoTime() - start;
        synchronized (writes) {
          writes.add(new Write(start, nanos));
        }
        inserting = !inserting;
        // A fixed schedule that does not catch up in a burst after a blocked write.
        next = Math.max(next + intervalNanos, System.nanoTime());
        long sleep = next - System.nanoTime();
        if (sleep > 0) {
          Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
        }
      }
    } catch (Exception e) {
      if (running) {
        synchronized (failures) {
          failures.add(e);
        }
      }
    }
  }

  private void sample(Connection c) {
    try (c;
        PreparedStatement waiting = c.prepareStatement(
            "SELECT DISTINCT pid FROM pg_locks WHERE NOT granted AND pid = ANY (?)")) {
      Array array = c.createArrayOf("integer", pids.toArray());
      waiting.setArray(1, array);
      while (running) {
        long at = System.nanoTime();
        Set<Integer> found = new HashSet<>();
        try (ResultSet r = waiting.executeQuery()) {
          while (r.next()) {
            found.add(r.getInt(1));
          }
        }
        synchronized (samples) {
          samples.add(new Sample(at, found));
        }
        Thread.sleep(SAMPLE_MS);
      }
    } catch (Exception e) {
      if (running) {
        synchronized (failures) {
          failures.add(e);
        }
      }
    }
  }

  /** The writes that started in {@code [from, to]} and the lock waits sampled then. */
  Window window(long from, long to) {
    synchronized (failures) {
      if (!failures.isEmpty()) {
        throw new IllegalStateException("the write load failed", failures.get(0));
      }
    }
    long longestWrite = 0;
    synchronized (writes) {
      for (Write write : writes) {
        if (write.start() >= from && write.start() <= to) {
          longestWrite = Math.max(longestWrite, write.nanos());
        }
      }
    }
    // A writer's wait runs from the first sample that shows it waiting to the first that does
    // not; the sum adds every writer's waits.
    Map<Integer, Long> since = new HashMap<>();
    long longestWait = 0;
    long totalWait = 0;
    synchronized (samples) {
      for (Sample sample : samples) {
        if (sample.at() < from || sample.at() > to) {
          continue;
        }
        for (int pid : pids) {
          Long began = since.get(pid);
          if (sample.waiting().contains(pid)) {
            if (began == null) {
              since.put(pid, sample.at());
            }
          } else if (began != null) {
            long wait = sample.at() - began;
            longestWait = Math.max(longestWait, wait);
            totalWait += wait;
            since.remove(pid);
          }
        }
      }
    }
    for (long began : since.values()) {
      longestWait = Math.max(longestWait, to - began);
      totalWait += to - began;
    }
    return new Window(longestWrite / 1_000_000, longestWait / 1_000_000, totalWait / 1_000_000);
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(10_000);
    }
  }
}
