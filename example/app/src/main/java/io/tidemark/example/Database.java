package io.tidemark.example;

import io.tidemark.executor.Connector;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;

/**
 * The server the example migrates: the one in {@code DATABASE_URL} (JDBC or libpq form), or
 * else an embedded PostgreSQL in a temporary directory that is removed again on close.
 */
final class Database implements AutoCloseable {
  private final String url;
  private final Connector connector;
  private final EmbeddedPostgres embedded;

  private Database(String url, String password, EmbeddedPostgres embedded) {
    this.url = url;
    this.connector = Connector.forUrl(url, null, null, password, 3, Duration.ofMillis(500));
    this.embedded = embedded;
  }

  static Database open(Map<String, String> environment) throws IOException {
    String url = environment.get("DATABASE_URL");
    if (url != null && !url.isBlank()) {
      return new Database(url.trim(), environment.get("PGPASSWORD"), null);
    }
    EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
    return new Database(postgres.getJdbcUrl("postgres", "postgres"), null, postgres);
  }

  /** The URL to hand to Tidemark; it may carry a password, so print {@link #shown()}. */
  String url() {
    return url;
  }

  /** A line saying which server this is, without its password. */
  String shown() {
    return embedded != null
        ? "embedded PostgreSQL on port " + embedded.getPort() + " (temporary, removed on exit)"
        : connector.shownUrl() + " (from DATABASE_URL)";
  }

  /** A connection parsed and retried the way the Tidemark CLI does it. */
  Connection connect() {
    return connector.connect();
  }

  @Override
  public void close() throws IOException {
    if (embedded != null) {
      embedded.close();
    }
  }
}
