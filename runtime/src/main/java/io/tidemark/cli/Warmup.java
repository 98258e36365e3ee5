package io.tidemark.cli;

import io.tidemark.Migration;
import io.tidemark.Revision;
import io.tidemark.RevisionRegistry;
import java.lang.management.ManagementFactory;
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
 * MXBean) and the SHA-256 provider that checksums revisions. A CLI run is a cold JVM; doing
 * this while picocli builds its model takes it off the critical path. It computes nothing the
 * command uses, so a failure here changes nothing: the command meets the same problem and
 * reports it.
 */
final class Warmup {
  private Warmup() {}

  static void start(ClassLoader loader) {
    Thread thread = new Thread(() -> run(loader), "tidemark-warmup");
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
      Class.forName("org.postgresql.Driver", true, loader);
      new GregorianCalendar();
      NumberFormat.getIntegerInstance();
      ManagementFactory.getMemoryMXBean();
      MessageDigest.getInstance("SHA-256").digest(new byte[1]);
    } catch (RuntimeException | ServiceConfigurationError | LinkageError
        | ClassNotFoundException | NoSuchAlgorithmException e) {
      // The command does the same work on its own thread and reports what went wrong.
    }
  }
}
