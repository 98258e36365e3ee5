package io.tidemark.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimescaleCheckTest {
  @Test
  void atLeastMinimum_versions_from213On() {
    assertTrue(TimescaleCheck.atLeastMinimum("2.13.0"));
    assertTrue(TimescaleCheck.atLeastMinimum("2.23.0-dev"));
    assertTrue(TimescaleCheck.atLeastMinimum("3.0.0"));
    assertFalse(TimescaleCheck.atLeastMinimum("2.12.2"));
    assertFalse(TimescaleCheck.atLeastMinimum("1.7.5"));
    assertFalse(TimescaleCheck.atLeastMinimum("unknown"));
  }

  @Test
  void enable_plainPostgres_saysTheExtensionIsNotAvailable() throws Exception {
    PostgresServer server = PostgresServer.get();
    try (Connection c = server.connectUrl(server.createDatabase("check"))) {
      assertEquals(Optional.of("TimescaleDB is not available on this server"),
          TimescaleCheck.enable(c));
    }
  }
}
