package io.tidemark.it;

import static io.tidemark.it.RoundTripData.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Identity and generated columns ({@code series/columns/v1..v3}): a key becomes identity on a
 * table with rows, an identity's options and generation change and it is dropped again, a
 * generated expression changes and a plain column becomes generated; rows keep their values
 * and new rows get the next value after them.
 */
class ColumnsSeriesIT extends ModelSeries {
  ColumnsSeriesIT() {
    super("columns", 3, "com.example.columns");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return switch (v) {
      case 1 -> Optional.of(new RoundTripData.Check("insertRows_v1_identityAndExpressionFilled",
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("insert into ticket (id, title, price, quantity)"
                  + " values (1, 'a', 2.50, 4), (2, 'b', 1.00, 3)");
              s.execute("insert into booking (price, quantity) values (2.50, 4)");
            }
            assertEquals(List.of("1|1000|10.00"),
                rows(c, "select id, number, total from booking order by id"));
          }));
      case 2 -> Optional.of(new RoundTripData.Check(
          "insertRows_v2_identityContinuesAfterRowsAndExpressionRecomputed", c -> {
            try (Statement s = c.createStatement()) {
              s.execute("insert into ticket (title, price, quantity) values ('c', 3.00, 1)");
              s.execute("insert into booking (price, quantity) values (1.00, 1)");
              SQLException e = assertThrows(SQLException.class, () -> s.execute(
                  "insert into booking (number, price, quantity) values (7, 1.00, 1)"));
              assertTrue(e.getMessage().contains("cannot insert a non-DEFAULT value into column"
                  + " \"number\""), e.getMessage());
            }
            assertEquals(List.of("1|a", "2|b", "3|c"),
                rows(c, "select id, title from ticket order by id"));
            assertEquals(List.of("1|1000|20.00", "2|1005|2.00"),
                rows(c, "select id, number, total from booking order by id"));
          }));
      case 3 -> Optional.of(new RoundTripData.Check(
          "readRows_v3_droppedIdentityKeepsValuesAndNewExpressionFillsRows", c -> {
            try (Statement s = c.createStatement()) {
              s.execute("insert into booking (number, price, quantity) values (7, 1.00, 1)");
            }
            assertEquals(List.of("1|1000", "2|1005", "3|7"),
                rows(c, "select id, number from booking order by id"));
            assertEquals(List.of("1|10.00", "2|3.00", "3|3.00"),
                rows(c, "select id, total from ticket order by id"));
          }));
      default -> Optional.empty();
    };
  }
}
