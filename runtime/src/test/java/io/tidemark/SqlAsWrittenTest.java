package io.tidemark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.executor.Connector;
import io.tidemark.fixture.Catalog;
import io.tidemark.fixture.FailureFixtures;
import io.tidemark.fixture.Fixtures;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.jdbc.PreferQueryMode;

/**
 * The server receives a revision's SQL exactly as {@code upgrade --sql} prints it for psql: no
 * JDBC escape is rewritten, and Tidemark's own connections use psql's simple query protocol
 * unless the URL names another mode.
 */
class SqlAsWrittenTest {
  private static final String ESCAPED =
      "INSERT INTO users (id, name) VALUES (12, {fn ucase('twelve')})";

  private final PostgresServer server = PostgresServer.get();
  private String url;

  @BeforeEach
  void createDatabase() {
    url = server.createDatabase("as_written");
  }

  @Test
  void upgrade_jdbcEscapeInSql_isASyntaxErrorAsInPsqlAndRunsNothingTwice() throws Exception {
    failsAtTheEscape(url);
  }

  @Test
  void upgrade_extendedProtocolFromTheUrl_failsTheSameWay() throws Exception {
    failsAtTheEscape(url + (url.contains("?") ? "&" : "?") + "preferQueryMode=extended");
  }

  /**
   * Revision 4 takes a number from a sequence, revision 5 holds the escape. Sent together
   * under the simple protocol, the syntax error makes the server reject the whole batch, which
   * then goes again statement by statement: revision 4 still runs once.
   */
  private void failsAtTheEscape(String jdbcUrl) throws Exception {
    Migrator first = Migrator.builder().url(jdbcUrl).user(server.user())
        .password(server.password()).migrations(Fixtures.linear()).build();
    first.upgrade("head");
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute("CREATE SEQUENCE side_effects");
    }
    Migrator migrator = Migrator.builder().url(jdbcUrl).user(server.user())
        .password(server.password()).migrations(FailureFixtures.after(
            new FailureFixtures.CountThenAlterUsers(), new FailureFixtures.JdbcEscapeInSql()))
        .build();
    assertTrue(migrator.upgradeSql("head").contains(ESCAPED));
    TidemarkException error = assertThrows(TidemarkException.class,
        () -> migrator.upgrade("head"));
    assertEquals("42601", error.sqlState(), error.getMessage());
    assertEquals("0005_7b7b7b", error.revision());
    assertEquals(ESCAPED, error.statement());
    try (Connection c = server.connectUrl(url)) {
      assertEquals(List.of("1"), Catalog.query(c, "SELECT last_value FROM side_effects"));
      assertEquals(List.of("0"), Catalog.query(c, "SELECT count(*) FROM users WHERE id = 12"));
    }
    assertEquals(List.of("0004_5e5e5e"), migrator.status().currentHeads());
  }

  @Test
  void connect_url_usesTheSimpleProtocolUnlessTheUrlNamesAMode() throws Exception {
    assertEquals(PreferQueryMode.SIMPLE, mode(url));
    String extended = url + (url.contains("?") ? "&" : "?") + "preferQueryMode=extended";
    assertEquals(PreferQueryMode.EXTENDED, mode(extended));
  }

  private PreferQueryMode mode(String jdbcUrl) throws Exception {
    Connector connector = Connector.forUrl(jdbcUrl, server.user(), server.password(), null, 0,
        Duration.ZERO);
    try (Connection c = connector.connect()) {
      return c.unwrap(PGConnection.class).getPreferQueryMode();
    }
  }
}
