package io.tidemark.junit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The embedded way: Zonky's PostgreSQL in a temporary directory, for the test run. */
final class EmbeddedServer {
  private EmbeddedServer() {}

  /** Starts the server; it is stopped, and its directory removed, when the test run ends. */
  static Server start() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      return new Server("embedded PostgreSQL on port " + postgres.getPort(),
          "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres",
          "postgres", false, postgres::close);
    } catch (IOException e) {
      throw new UncheckedIOException("The embedded PostgreSQL did not start: "
          + e.getMessage(), e);
    }
  }
}
