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
 * Loads, on two threads of their own, what nearly every command needs once its command line
 * is parsed: one loads the revision classes with their annotations and the SHA-256 provider
 * that checksums them, the other the PostgreSQL driver and the JDK facilities its first
 * connection initializes (calendar and number-format locale data, the memory MXBean, sockets
 * and the proxy selector). A CLI run is a cold JVM; doing this while picocli builds its model
 * takes it off the critical path, and the two halves are needed at about the same moment.
 * Nothing here computes what the command uses, so a failure changes nothing: the command
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
    // Named classes, not lambdas: a lambda here would make the main thread set up the JDK's
    // lambda machinery before it starts picocli, which needs none.
    thread("tidemark-warmup-revisions", new Runnable() {
      @Override
      public void run() {
        revisions(loader);
      }
    });
    thread("tidemark-warmup-driver", new Runnable() {
      @Override
      public void run() {
        driver(loader);
      }
    });
  }

  private static void thread(String name, Runnable body) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void revisions(ClassLoader loader) {
    try {
      for (RevisionRegistry registry : ServiceLoader.load(RevisionRegistry.class, loader)) {
        for (Migration migration : registry.revisions()) {
          migration.getClass().getAnnotation(Revision.class);
        }
      }
      MessageDigest.getInstance("SHA-256").digest(new byte[1]);
    } catch (RuntimeException | ServiceConfigurationError | LinkageError
        | NoSuchAlgorithmException e) {
      // The command does the same work on its own thread and reports what went wrong.
    }
  }

  private static void driver(ClassLoader loader) {
    try {
      for (String name : DRIVER_CLASSES) {
        initialize(name, loader);
      }
      new GregorianCalendar();
      NumberFormat.getIntegerInstance();
      ManagementFactory.getMemoryMXBean();
      new Socket().close();
      ProxySelector.getDefault();
    } catch (RuntimeException | LinkageError | IOException e) {
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
