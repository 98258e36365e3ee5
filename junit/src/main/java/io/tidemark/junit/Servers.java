package io.tidemark.junit;

import java.util.Map;

/**
 * Starts or names the server of each {@link ServerChoice}. Testcontainers and Zonky are
 * optional dependencies, so each is used from a class of its own ({@link ContainerServer},
 * {@link EmbeddedServer}), loaded only once the choice has found its library.
 */
final class Servers {
  private Servers() {}

  static Server start(ServerChoice choice, Map<String, String> environment, boolean timescale) {
    return switch (choice) {
      case ENVIRONMENT -> environment(environment);
      case CONTAINER -> ContainerServer.start(timescale);
      case EMBEDDED -> EmbeddedServer.start();
    };
  }

  /** The server of {@code TIDEMARK_TEST_DATABASE_URL}, left running. */
  static Server environment(Map<String, String> environment) {
    return new Server(ServerChoice.URL_VARIABLE,
        environment.get(ServerChoice.URL_VARIABLE).trim(),
        environment.get(ServerChoice.USER_VARIABLE),
        environment.get(ServerChoice.PASSWORD_VARIABLE), true, () -> { });
  }
}
