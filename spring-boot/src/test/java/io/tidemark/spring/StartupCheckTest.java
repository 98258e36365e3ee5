package io.tidemark.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.spring.app.CustomerCount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-up in check mode: starts only on a database at the code's heads, and otherwise stops
 * with the TM error, having changed nothing.
 */
class StartupCheckTest {
  private static final List<String> CHECK = List.of("tidemark.mode=check");

  @Test
  void check_emptyDatabase_refusesToStartAndCreatesNothing() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_check_empty");
    RuntimeException failure = assertThrows(RuntimeException.class, () -> db.start(CHECK));
    TidemarkException error = ShopDatabase.cause(failure);
    assertEquals(ErrorCode.TM122, error.code());
    assertTrue(error.getMessage().startsWith("[TM122] The database is at base and 2 revision(s) "
        + "are pending: 0001_ae1b7f, 0002_217e99. Run 'upgrade heads'"), error.getMessage());
    assertTrue(error.getMessage().contains("Start-up refused by tidemark.mode=check; the "
        + "database was not changed"), error.getMessage());
    assertEquals(List.of(), db.tables());
  }

  @Test
  void check_revisionPending_refusesToStartAndChangesNothing() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_check_pending");
    db.start(List.of("tidemark.target=0001_ae1b7f", "spring.jpa.hibernate.ddl-auto=none"))
        .close();
    String columns = "SELECT column_name FROM information_schema.columns "
        + "WHERE table_name = 'customer' ORDER BY 1";
    List<String> before = db.rows(columns);

    RuntimeException failure = assertThrows(RuntimeException.class, () -> db.start(CHECK));
    TidemarkException error = ShopDatabase.cause(failure);
    assertEquals(ErrorCode.TM122, error.code());
    assertTrue(error.getMessage().contains("The database is at 0001_ae1b7f and 1 revision(s) "
        + "are pending: 0002_217e99."), error.getMessage());
    assertTrue(error.getMessage().contains("Or start once with tidemark.mode=upgrade"),
        error.getMessage());
    assertEquals(List.of("0001_ae1b7f"), db.applied());
    assertEquals(List.of("id", "name"), before);
    assertEquals(before, db.rows(columns));
  }

  @Test
  void check_appliedRevisionChanged_refusesToStart() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_check_changed");
    db.start().close();
    db.execute("UPDATE tidemark_version SET checksum = 'edited' WHERE id = '0001_ae1b7f'");

    RuntimeException failure = assertThrows(RuntimeException.class, () -> db.start(CHECK));
    TidemarkException error = ShopDatabase.cause(failure);
    assertEquals(ErrorCode.TM120, error.code());
    assertEquals("0001_ae1b7f", error.revision());
    assertEquals(List.of("edited"),
        db.rows("SELECT checksum FROM tidemark_version WHERE id = '0001_ae1b7f'"));
  }

  @Test
  void check_upToDate_starts() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_check_current");
    db.start().close();
    try (ConfigurableApplicationContext app = db.start(CHECK)) {
      assertEquals(0, app.getBean(CustomerCount.class).atStartup());
    }
    assertEquals(ShopDatabase.CHAIN, db.applied());
  }

  @Test
  void check_withTargetOtherThanHead_failsWithTm163BeforeConnecting() throws Exception {
    ShopDatabase db = new ShopDatabase("spring_check_target");
    RuntimeException failure = assertThrows(RuntimeException.class,
        () -> db.start(List.of("tidemark.mode=check", "tidemark.target=0001_ae1b7f")));
    TidemarkException error = ShopDatabase.cause(failure);
    assertEquals(ErrorCode.TM163, error.code());
    assertTrue(error.getMessage().contains("tidemark.target is '0001_ae1b7f'"),
        error.getMessage());
    assertEquals(List.of(), db.tables());
  }

  @Test
  void failureAnalyzer_refusedStartup_reportsTheTmError() {
    ShopDatabase db = new ShopDatabase("spring_check_report");
    RuntimeException failure = assertThrows(RuntimeException.class, () -> db.start(CHECK));

    FailureAnalysis analysis = new TidemarkFailureAnalyzer().analyze(failure);
    assertTrue(analysis.getDescription().startsWith("[TM122] The database is at base"),
        analysis.getDescription());
    assertTrue(analysis.getAction().contains("explains TM122"), analysis.getAction());
    assertFalse(analysis.getDescription().contains("Exception"), analysis.getDescription());
  }
}
