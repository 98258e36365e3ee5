package io.tidemark.it;

import static io.tidemark.it.RoundTripData.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Views and materialized views ({@code series/views/v1..v4}): created with their tables, re-created
 * in dependency order around a column type change (v2) and a column rename (v3), then moved to
 * another schema and left without data (v4), with the table rows kept and the materialized rows
 * computed again at each step.
 */
class ViewSeriesIT extends ModelSeries {
  ViewSeriesIT() {
    super("views", 4, "com.example.views");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return switch (v) {
      case 1 -> Optional.of(new RoundTripData.Check("insertRows_v1_viewsReadThem", c -> {
        try (Statement s = c.createStatement()) {
          s.execute("insert into product (id, name, price) values (1, 'tea', 2.50), (2, 'cake', 4.00)");
          s.execute("insert into sale (id, product_id, quantity) values (1, 1, 2), (2, 1, 4), (3, 2, 1)");
          s.execute("refresh materialized view product_revenue");
        }
        assertEquals(List.of("1|tea", "2|cake"), rows(c, "select id, name from product_name order by id"));
        assertEquals(List.of("1|tea|15.00", "2|cake|4.00"),
            rows(c, "select id, name, revenue from product_revenue order by id"));
      }));
      case 2 -> Optional.of(new RoundTripData.Check(
          "alterColumnType_v2_viewsReCreatedWithRowsAndNewType", c -> {
            assertEquals(List.of("1|TEA", "2|CAKE"),
                rows(c, "select id, name from shouted_name order by id"));
            assertEquals(List.of("1|tea|15.00", "2|cake|4.00"),
                rows(c, "select id, name, revenue from product_revenue order by id"));
            assertEquals(List.of("character varying"), rows(c, "select data_type from"
                + " information_schema.columns where table_name = 'product_name'"
                + " and column_name = 'name'"));
          }));
      case 3 -> Optional.of(new RoundTripData.Check(
          "renameColumn_v3_materializedViewReadsTheRenamedColumn", c -> assertEquals(
              List.of("1|tea|15.00", "2|cake|4.00"),
              rows(c, "select id, name, revenue from product_revenue order by id"))));
      case 4 -> Optional.of(new RoundTripData.Check(
          "withoutData_v4_viewIsEmptyUntilRefreshed", c -> {
            assertEquals(List.of("f"), rows(c, "select relispopulated from pg_class"
                + " where oid = 'reports.product_name'::regclass"));
            assertEquals(List.of("1|6", "2|1"),
                rows(c, "select product_id, units from (select product_id, sum(units) as units"
                    + " from sale group by product_id) s order by product_id"));
          }));
      default -> Optional.empty();
    };
  }
}
