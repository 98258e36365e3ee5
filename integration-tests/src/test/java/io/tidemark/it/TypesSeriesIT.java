package io.tidemark.it;

import static io.tidemark.it.RoundTripData.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A native enum type ({@code series/types/v1..v4}) used by columns of two tables, one with a
 * default: values added before and between others (in place), a value renamed, a value removed
 * (a type swap, acknowledged); rows keep their values through every step.
 */
class TypesSeriesIT extends ModelSeries {
  TypesSeriesIT() {
    super("types", 4, "com.example.types");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return switch (v) {
      case 1 -> Optional.of(new RoundTripData.Check("insertRows_v1_defaultIsTheEnumValue", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("insert into purchase (id) values (1)");
          s.execute("insert into purchase (id, status) values (2, 'PAID')");
          s.execute("insert into logistics.shipment (id, last_status) values (1, 'PAID'), (2, null)");
        }
        assertEquals(List.of("1|NEW|order_status", "2|PAID|order_status"),
            rows(c, "select id, status, pg_typeof(status) from purchase order by id"));
      }));
      case 2 -> Optional.of(new RoundTripData.Check("addedValues_v2_inPlaceAndOrdered", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("insert into purchase (id, status) values (3, 'SHIPPED')");
        }
        assertEquals(List.of("1|NEW", "3|SHIPPED", "2|PAID"),
            rows(c, "select id, status from purchase order by status, id"));
      }));
      case 3 -> Optional.of(new RoundTripData.Check("renamedValue_v3_rowsFollow", c ->
          assertEquals(List.of("1|NEW", "2|SETTLED", "3|SHIPPED"),
              rows(c, "select id, status from purchase order by id"))));
      case 4 -> Optional.of(new RoundTripData.Check("removedValue_v4_typeSwappedRowsKept", c -> {
        assertEquals(List.of("1|NEW", "2|SETTLED", "3|SHIPPED"),
            rows(c, "select id, status from purchase order by id"));
        assertEquals(List.of("1|SETTLED", "2|null"),
            rows(c, "select id, last_status from logistics.shipment order by id"));
        try (Statement s = c.createStatement()) {
          s.execute("insert into purchase (id) values (4)");
          // Downgrading to v1 removes SHIPPED again: no row may hold it then.
          s.execute("delete from purchase where status = 'SHIPPED'");
        }
        assertEquals(List.of("1|NEW", "2|SETTLED", "4|NEW"),
            rows(c, "select id, status from purchase order by id"));
      }));
      default -> Optional.empty();
    };
  }
}
