package io.tidemark.it;

import io.tidemark.Migrator;
import io.tidemark.testing.PostgresServer;

/**
 * Runs the runtime's library API in-process on the revisions that {@code loader} holds (the
 * generated registry is found there through {@link java.util.ServiceLoader}).
 */
final class Runner {
  private Runner() {}

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
