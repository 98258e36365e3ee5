package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rows written at v1 and v2 of the round-trip model and what must be true of them at later
 * versions: added columns give existing rows their default, type changes convert values, and
 * column and table renames keep every row.
 */
final class RoundTripData {
  private RoundTripData() {}

  /** A check on the database after one version, named for the test report. */
  record Check(String name, SqlCheck body) {
    void run(Connection c) throws SQLException {
      body.run(c);
    }
  }

  /** A step that reads or writes the database. */
  interface SqlCheck {
    void run(Connection c) throws SQLException;
  }

  static Optional<Check> check(int version) {
    return switch (version) {
      case 1 -> Optional.of(new Check("insertRows_v1_rowsStored", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("insert into customer (id, name, email)"
              + " values (3, 'Linus', 'linus@example.com')");
          s.execute("insert into tag (name, color) values ('red', '#f00')");
        }
      }));
      case 2 -> Optional.of(new Check("insertRows_v2_addedColumnsHoldValuesAndDefaults", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("insert into customer (id, name, email, phone, loyalty_points)"
              + " values (1, 'Ada', 'ada@example.com', '555-0101', 5)");
          s.execute("insert into customer (id, name, email, phone)"
              + " values (2, 'Grace', 'grace@example.com', '555-0102')");
          s.execute("insert into billing.invoice (id, customer_id, amount, issued_on, status)"
              + " values (10, 1, 12.50, date '2024-01-02', 'OPEN')");
        }
        assertEquals(List.of("1|Ada|555-0101|5", "2|Grace|555-0102|0", "3|Linus|null|0"),
            rows(c, "select id, name, phone, loyalty_points from customer order by id"));
      }));
      case 3 -> Optional.of(new Check("renameColumn_v3_rowsFromV2KeepTheirValues", c ->
          assertEquals(List.of("1|Ada|555-0101|5", "2|Grace|555-0102|0", "3|Linus|null|0"),
              rows(c, "select id, name, phone_number, loyalty_points from customer"
                  + " order by id"))));
      case 4 -> Optional.of(new Check("alterColumnType_v4_rowsFromV2Converted", c ->
          assertEquals(List.of("1|5|bigint", "2|0|bigint", "3|0|bigint"), rows(c,
              "select id, loyalty_points, pg_typeof(loyalty_points)::text from customer"
                  + " order by id"))));
      case 6 -> Optional.of(new Check("renameTable_v6_rowsFromV2Survive", c ->
          assertEquals(List.of("10|Ada|ada@example.com|555-0101|12.50|OPEN"), rows(c,
              "select i.id, c.name, c.email, c.phone_number, i.amount, i.status"
                  + " from billing.invoice i join client c on c.id = i.customer_id"))));
      case 8 -> Optional.of(new Check("compositeKey_v8_rowFromV1GetsTheNewColumnDefault", c ->
          assertEquals(List.of("general|red|#f00"),
              rows(c, "select namespace, name, color from tag"))));
      case 9 -> Optional.of(new Check("lastVersion_v9_rowsFromV1AndV2Survive", c ->
          assertEquals(List.of("1|Ada|555-0101", "2|Grace|555-0102", "3|Linus|null"),
              rows(c, "select id, name, phone_number from client order by id"))));
      default -> Optional.empty();
    };
  }

  static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(rs.getString(i));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }
}
