package io.tidemark.it;

import io.tidemark.Migrator;
import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Runs the runtime's library API in-process on the revisions that {@code loader} holds (the
 * generated registry is found there through {@link java.util.ServiceLoader}).
 */
final class Runner {
  private static final String REGISTRY_SERVICE = "META-INF/services/io.tidemark.RevisionRegistry";

  private Runner() {}

  /**
   * A loader over {@code dir} whose parent hides registry registrations: the runtime's
   * test-jar on this class path registers a fixture registry of its own, which must not join
   * the chain under test.
   */
  static URLClassLoader classLoader(Path dir) {
    ClassLoader parent = new ClassLoader(Runner.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(REGISTRY_SERVICE) ? Collections.emptyEnumeration()
            : super.getResources(name);
      }
    };
    try {
      return new URLClassLoader(new URL[] {dir.toUri().toURL()}, parent);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(dir.toString(), e);
    }
  }

  static void upgrade(ClassLoader loader, String url, String target) {
    migrator(loader, url).upgrade(target);
  }

  static void downgrade(ClassLoader loader, String url, String target) {
    migrator(loader, url).downgrade(target);
  }

  private static Migrator migrator(ClassLoader loader, String url) {
    PostgresServer server = PostgresServer.get();
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .classLoader(loader).build();
  }
}
