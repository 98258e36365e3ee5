package io.tidemark.cli;

import io.tidemark.Migration;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ProxySelector;
import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.NumberFormat;
import java.util.GregorianCalendar;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Loads on a second core what nearly every command needs once its command line is parsed:
 * the revision classes with their annotations, the PostgreSQL driver, the JDK facilities the
 * driver's first connection initializes (calendar and number-format locale data, the memory
 * MXBean, sockets and the proxy selector) and the SHA-256 provider that checksums revisions. A
 * CLI run is a cold JVM; doing this while picocli builds its model takes it off the critical
 * path. It computes nothing the command uses, so a failure here changes nothing: the command
 * meets the same problem and reports it.
 */
final class Warmup {
  /** The driver's classes whose initialization a first connection and query wait for. */
  private static final String[] DRIVER_CLASSES = {"org.postgresql.Driver",
      "org.postgresql.PGProperty", "org.postgresql.jdbc.PgConnection",
      "org.postgresql.core.v3.ConnectionFactoryImpl", "org.postgresql.core.v3.QueryExecutorImpl",
      "org.postgresql.jdbc.TypeInfoCache", "org.postgresql.jdbc.TimestampUtils",
      "org.postgresql.jdbc.PgStatement", "org.postgresql.jdbc.PgResultSet",
      "org.postgresql.jdbc.PgArray"};

  private Warmup() {}

  static void start(ClassLoader loader) {
    // A named class, not a lambda: a lambda here would make the main thread set up the JDK's
    // lambda machinery before it starts picocli, which needs none.
    Thread thread = new Thread(new Runnable() {
      @Override
      public void run() {
        Warmup.run(loader);
      }
    }, "tidemark-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run(ClassLoader loader) {
    try {
      for (RevisionRegistry registry : ServiceLoader.load(RevisionRegistry.class, loader)) {
        for (Migration migration : registry.revisions()) {
          migration.getClass().getAnnotation(Revision.class);
        }
      }
      for (String name : DRIVER_CLASSES) {
        initialize(name, loader);
      }
      new GregorianCalendar();
      NumberFormat.getIntegerInstance();
      ManagementFactory.getMemoryMXBean();
      MessageDigest.getInstance("SHA-256").digest(new byte[1]);
      // The socket classes the driver's connect initializes (no connection is made).
      new Socket().close();
      ProxySelector.getDefault();
    } catch (RuntimeException | ServiceConfigurationError | LinkageError | IOException
        | NoSuchAlgorithmException e) {
      // The command does the same work on its own thread and reports what went wrong.
    }
  }

  private static void initialize(String className, ClassLoader loader) {
    try {
      Class.forName(className, true, loader);
    } catch (ClassNotFoundException e) {
      // Another driver version: its own classes load when the command connects.
    }
  }
}
