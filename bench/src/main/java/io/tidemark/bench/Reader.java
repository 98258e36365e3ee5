package io.tidemark.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * A long read transaction on {@code orders}, as a report or a slow request holds one: it takes
 * the table's ACCESS SHARE lock and keeps it for a given time.
 */
final class Reader implements AutoCloseable {
  private final Thread thread;

  private Reader(Thread thread) {
    this.thread = thread;
  }

  /** Starts the transaction and returns once it holds its lock. */
  static Reader start(Bench.Server server, String db, long holdMs) throws Exception {
    Connection c = DriverManager.getConnection(server.jdbc(db), server.user(), server.password());
    CountDownLatch locked = new CountDownLatch(1);
    Thread thread = WriteLoad.daemon("reader", () -> {
      try (c; Statement s = c.createStatement()) {
        c.setAutoCommit(false);
        s.executeQuery("SELECT count(*) FROM orders WHERE id = 1").close();
        locked.countDown();
        Thread.sleep(holdMs);
        c.commit();
      } catch (SQLException | InterruptedException e) {
        throw new IllegalStateException("the reader failed", e);
      } finally {
        locked.countDown();
      }
    });
    locked.await();
    return new Reader(thread);
  }

  @Override
  public void close() throws InterruptedException {
    thread.join();
  }
}
