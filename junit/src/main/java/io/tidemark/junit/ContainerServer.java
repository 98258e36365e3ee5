package io.tidemark.junit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The Testcontainers way: a PostgreSQL or TimescaleDB container for the test run. */
final class ContainerServer {
  static final String POSTGRES_IMAGE = "postgres:17-alpine";
  static final String TIMESCALE_IMAGE = "timescale/timescaledb:latest-pg17";

  private ContainerServer() {}

  static boolean dockerAvailable() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  /** Starts the container; it is stopped when the test run ends. */
  static Server start(boolean timescale) {
    DockerImageName image = timescale
        ? DockerImageName.parse(TIMESCALE_IMAGE).asCompatibleSubstituteFor("postgres")
        : DockerImageName.parse(POSTGRES_IMAGE);
    PostgreSQLContainer container = new PostgreSQLContainer(image);
    container.start();
    return new Server("Testcontainers " + image.asCanonicalNameString(), container.getJdbcUrl(),
        container.getUsername(), container.getPassword(), false, container::stop);
  }
}
