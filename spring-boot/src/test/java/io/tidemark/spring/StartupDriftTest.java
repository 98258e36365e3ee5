package io.tidemark.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code tidemark.fail-on-drift}: start-up compares the live schema with the model. */
class StartupDriftTest {
  private static final List<String> FAIL_ON_DRIFT = List.of("tidemark.fail-on-drift=true");

  @Test
  void failOnDrift_columnAddedByHand_refusesToStart() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_drift");
    db.start(FAIL_ON_DRIFT).close();
    db.execute("ALTER TABLE customer ADD COLUMN nickname text");

    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> db.start(FAIL_ON_DRIFT));
    TidemarkException error = ShopDatabase.cause(failure);
    assertEquals(ErrorCode.TM160, error.code());
    assertTrue(error.getMessage().contains("nickname"), error.getMessage());
    assertEquals(ShopDatabase.CHAIN, db.applied());
  }

  @Test
  void failOnDrift_checkModeOnDriftedSchema_refusesToStart() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_drift_check");
    db.start().close();
    db.execute("ALTER TABLE customer DROP COLUMN email");

    RuntimeException failure = assertThrows(RuntimeException.class, () -> db.start(
        List.of("tidemark.mode=check", "tidemark.fail-on-drift=true")));
    TidemarkException error = ShopDatabase.cause(failure);
    assertEquals(ErrorCode.TM160, error.code());
    assertTrue(error.getMessage().contains("email"), error.getMessage());
  }
}
