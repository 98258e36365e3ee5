package io.tidemark.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Creates an index from each entry as the parser spells it in SQL, reads the definition back
 * with {@code pg_get_indexdef} and parses it again: normalized, both are equal, so the server
 * stores what the parser meant.
 */
class IndexColumnRoundTripTest {
  private static final List<String> ENTRIES = List.of(
      "ts", "ts desc", "ts DESC NULLS LAST", "ts ASC NULLS FIRST", "ts asc nulls last",
      "order", "\"order\" DESC", "Ts", "\"Ts\" NULLS FIRST", "\"My Col\" DESC", "a$b",
      "lower(email)", "(lower(email)) DESC NULLS LAST", "(a + b)", "((a + b)) DESC",
      "upper(\"My Col\")", "email COLLATE \"C\"", "email text_pattern_ops DESC",
      "lower(email) COLLATE \"C\" text_pattern_ops", "\"My Col\" collate \"POSIX\" NULLS FIRST");

  @Test
  void entries_createdReadBackAndParsedAgain_areEqual() throws Exception {
    PostgresServer server = PostgresServer.get();
    try (Connection c = server.connectUrl(server.createDatabase("index_columns"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE t (ts timestamptz, \"order\" int, \"Ts\" int, \"My Col\" text,"
          + " \"a$b\" int, email text, a int, b int)");
      for (int i = 0; i < ENTRIES.size(); i++) {
        IndexColumn written = IndexColumn.parse(ENTRIES.get(i));
        s.execute("CREATE INDEX i" + i + " ON t (" + written.sql() + ")");
        String definition;
        try (ResultSet rs = s.executeQuery("SELECT pg_get_indexdef('i" + i + "'::regclass)")) {
          rs.next();
          definition = rs.getString(1);
        }
        String column = IndexColumn.keysOf(definition).get(0);
        assertEquals(written.normalized(), IndexColumn.parse(column).normalized(), definition);
      }
    }
  }
}
