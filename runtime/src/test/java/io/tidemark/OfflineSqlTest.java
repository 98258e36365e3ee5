package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.Fixtures;
import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline SQL applied with psql leaves the same catalog and version table as online runs. */
class OfflineSqlTest {
  private final PostgresServer server = PostgresServer.get();

  @TempDir
  Path dir;

  private Migrator migrator(String url) {
    return Migrator.builder().url(url).user(server.user()).password(server.password())
        .migrations(Fixtures.merged()).build();
  }

  private void psql(String url, String sql) throws IOException, InterruptedException {
    Path file = Files.writeString(dir.resolve("script.sql"), sql);
    String base = server.baseUrl();
    String port = base.substring(base.lastIndexOf(':') + 1, base.lastIndexOf('/'));
    List<String> command = new ArrayList<>(List.of("psql", "-X", "-q", "-h", "localhost",
        "-p", port, "-U", server.user(), "-d", url.substring(url.lastIndexOf('/') + 1),
        "-v", "ON_ERROR_STOP=1", "-f", file.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", server.password());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
  }

  private List<String> state(String url) throws Exception {
    try (Connection c = server.connectUrl(url)) {
      List<String> state = new ArrayList<>(Catalog.describe(c));
      state.addAll(Catalog.versionRows(c));
      return state;
    }
  }

  /** Brings {@code online} there with the API and {@code offline} with psql; compares. */
  private void assertSameAs(String online, String offline, String sql) throws Exception {
    psql(offline, sql);
    assertEquals(state(online), state(offline));
  }

  @Test
  void upgradeSql_eachRangeForm_matchesOnlineRun() throws Exception {
    String online = server.createDatabase("online");
    String offline = server.createDatabase("offline");
    Migrator migrator = migrator(online);

    migrator.upgrade("0002");
    String toTwo = migrator.upgradeSql("0002");
    assertTrue(toTwo.contains("CREATE TABLE IF NOT EXISTS public.tidemark_version"), toTwo);
    assertTrue(toTwo.contains("\n-- Running upgrade base -> 0001_a1a1a1, create users\nBEGIN;\n"),
        toTwo);
    assertSameAs(online, offline, toTwo);

    migrator.upgrade("0002_b2b2b2+1");
    assertSameAs(online, offline, migrator.upgradeSql("0002:0002_b2b2b2+1"));

    migrator.upgrade("+1");
    assertSameAs(online, offline, migrator.upgradeSql("0003:+1"));

    migrator.upgrade("heads");
    assertSameAs(online, offline, migrator.upgradeSql("0004_d4d4d4:heads"));
  }

  @Test
  void downgradeSql_eachRangeForm_matchesOnlineRun() throws Exception {
    String online = server.createDatabase("online");
    String offline = server.createDatabase("offline");
    Migrator migrator = migrator(online);
    migrator.upgrade("head");
    psql(offline, migrator.upgradeSql("head"));
    assertEquals(state(online), state(offline));

    migrator.downgrade("-1");
    assertSameAs(online, offline, migrator.downgradeSql("head:-1"));

    migrator.downgrade("0003");
    assertSameAs(online, offline, migrator.downgradeSql("heads:0003_c3c3c3"));

    migrator.downgrade("0003_c3c3c3-1");
    assertSameAs(online, offline, migrator.downgradeSql("0003:0003_c3c3c3-1"));

    migrator.downgrade("base");
    assertSameAs(online, offline, migrator.downgradeSql("0002:base"));
  }

  @Test
  void upgradeSql_nonTransactionalStatement_standsOutsideBeginCommit() throws Exception {
    Migrator migrator = Migrator.builder().migrations(Fixtures.with(new Fixtures.ConcurrentIndex()))
        .build();
    String sql = migrator.upgradeSql("0003:head");
    assertTrue(sql.contains("ADD COLUMN total numeric(12,2);\nCOMMIT;\n"
        + "CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);\nBEGIN;\n"
        + "COMMENT ON COLUMN orders.total IS 'sum';\nINSERT INTO"), sql);
  }

  @Test
  void downgradeSql_withoutRange_isRejected() {
    TidemarkException error = org.junit.jupiter.api.Assertions.assertThrows(
        TidemarkException.class,
        () -> Migrator.builder().migrations(Fixtures.linear()).build().downgradeSql("base"));
    assertEquals(ErrorCode.TM113, error.code());
  }
}
