package io.tidemark.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.junit.TidemarkDatabase;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@TidemarkDatabase(revisionPackage = "io.tidemark.example.db")
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
  void enable_plainPostgres_saysTheExtensionIsNotAvailable(DataSource dataSource)
      throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertEquals(Optional.of("TimescaleDB is not available on this server"),
          TimescaleCheck.enable(c));
    }
  }
}
