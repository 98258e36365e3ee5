package io.tidemark.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Checks the one keyword list against a real server: it is the server's reserved words
 * (categories R and T of {@code pg_get_keywords()}), and a word needs quotes as a name exactly
 * when it is in the list.
 */
class KeywordsTest {
  @Test
  void reservedWords_equalTheServersReservedKeywords() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      Set<String> server = new TreeSet<>(
          words(s, "SELECT word FROM pg_get_keywords() WHERE catcode IN ('R', 'T')"));
      Set<String> ours = new TreeSet<>(Sql.RESERVED);
      if (!server.contains("system_user")) {
        ours.remove("system_user"); // reserved since PostgreSQL 16
      }
      assertEquals(server, ours);
    }
  }

  /**
   * Every keyword of the server, unquoted, as a table, column and constraint name and as a column
   * in an index and in a cast: it fails exactly for the reserved words, and quoted by
   * {@link Sql#quote} it never fails.
   */
  @Test
  void everyKeyword_unquotedFailsExactlyWhenReserved_quotedAlwaysWorks() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      List<String> keywords = words(s, "SELECT word FROM pg_get_keywords()");
      Set<String> spellings = new TreeSet<>(keywords);
      for (String word : keywords) {
        spellings.add(Sql.quote(word));
      }
      Set<String> reserved = new TreeSet<>(Sql.RESERVED);
      reserved.retainAll(keywords);
      assertEquals(reserved, new TreeSet<>(failing(s, spellings)));
    }
  }

  /**
   * The spellings whose statements fail, tried in one block on the server, each in a
   * subtransaction that an exception of its own rolls back when they run.
   */
  private static List<String> failing(Statement s, Set<String> spellings) throws SQLException {
    StringBuilder values = new StringBuilder();
    for (String spelled : spellings) {
      values.append(values.length() == 0 ? "" : ", ").append(Sql.literal(spelled));
    }
    s.execute("CREATE TEMP TABLE failing (spelled text)");
    s.execute("DO $$ DECLARE w text; BEGIN FOREACH w IN ARRAY ARRAY[" + values + "] LOOP\n"
        + "  BEGIN\n"
        + "    EXECUTE format('CREATE TABLE %s (%s text CONSTRAINT %s CHECK (%s <> ''''))',"
        + " w, w, w, w);\n"
        + "    EXECUTE format('CREATE INDEX ON %s (%s DESC)', w, w);\n"
        + "    EXECUTE format('CREATE INDEX ON %s ((%s::varchar))', w, w);\n"
        + "    RAISE EXCEPTION 'ran';\n"
        + "  EXCEPTION WHEN raise_exception THEN NULL;\n"
        + "    WHEN OTHERS THEN INSERT INTO failing VALUES (w);\n"
        + "  END;\n"
        + "END LOOP; END $$");
    return words(s, "SELECT spelled FROM failing");
  }

  private static List<String> words(Statement s, String query) throws SQLException {
    List<String> words = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        words.add(rs.getString(1));
      }
    }
    return words;
  }

  private static Connection connect() throws SQLException {
    PostgresServer server = PostgresServer.get();
    return server.connectUrl(server.createDatabase("keywords"));
  }
}
