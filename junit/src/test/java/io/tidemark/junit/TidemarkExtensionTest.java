package io.tidemark.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The extension as users write it: a class's database at head, injected by parameter. */
@TidemarkDatabase(revisionPackage = "io.tidemark.junit.good")
class TidemarkExtensionTest {
  private static TidemarkTestDatabase first;

  @BeforeAll
  static void remember(TidemarkTestDatabase database) {
    first = database;
  }

  @Test
  void dataSource_atHead_holdsTheChainsTablesAndVersionRow(DataSource dataSource)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      assertEquals(List.of("orders", "tidemark_version", "users"), strings(c,
          "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
      assertEquals(List.of("0003_c3c3c3"),
          strings(c, "SELECT id FROM tidemark_version WHERE is_head"));
    }
  }

  @Test
  void database_sameClass_isTheOneDatabaseOfTheClass(TidemarkTestDatabase database)
      throws SQLException {
    assertEquals(first, database);
    assertTrue(database.name().startsWith("tidemark_tidemarkextensiontest_"), database.name());
    assertTrue(database.url().contains("/" + database.name()), database.url());
    try (Connection c = database.connect()) {
      assertEquals(List.of(database.name()), strings(c, "SELECT current_database()"));
    }
    assertTrue(database.migrator().status().upToDate());
  }

  @Test
  void assertChainRoundTrips_exactDowngrades_passesAndLeavesHead(TidemarkTestDatabase database)
      throws SQLException {
    TidemarkAssertions.assertChainRoundTrips(database);
    assertTrue(database.migrator().status().upToDate());
    try (Connection c = database.connect()) {
      assertEquals(List.of("user_orders"), strings(c,
          "SELECT viewname FROM pg_views WHERE schemaname = 'public'"));
    }
  }

  @Nested
  class Inner {
    @Test
    void database_nestedClass_isTheDatabaseOfTheClassAroundIt(TidemarkTestDatabase database) {
      assertEquals(first, database);
    }
  }

  static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }
}
