package io.tidemark.it;

import static io.tidemark.it.RoundTripData.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Standalone sequences ({@code series/sequences/v1..v3}): columns draw from sequences created
 * before their table (one in a schema of its own), options change in place and the sequence
 * goes on from its value, a descending cycling one comes with a new table, the owner lets go of
 * a column that is dropped while its sequence stays, and a sequence no default uses any more is
 * dropped; rows keep their values.
 */
class SequencesSeriesIT extends ModelSeries {
  SequencesSeriesIT() {
    super("sequences", 3, "com.example.sequences");
  }

  @Override
  Optional<RoundTripData.Check> check(int v) {
    return switch (v) {
      case 1 -> Optional.of(new RoundTripData.Check("insertRows_v1_defaultsDrawFromSequences",
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("insert into purchase (id, item) values (1, 'a'), (2, 'b')");
            }
            assertEquals(List.of("1|1000|1|a", "2|1010|2|b"),
                rows(c, "select id, number, invoice, item from purchase order by id"));
          }));
      case 2 -> Optional.of(new RoundTripData.Check(
          "insertRows_v2_changedIncrementGoesOnFromTheSequencesValue", c -> {
            try (Statement s = c.createStatement()) {
              s.execute("insert into purchase (id, item) values (3, 'c')");
              s.execute("insert into ticket (id) values (1), (2)");
            }
            assertEquals(List.of("1|1000|a", "2|1010|b", "3|1015|c"),
                rows(c, "select id, number, item from purchase order by id"));
            assertEquals(List.of("1|-1", "2|-2"),
                rows(c, "select id, code from ticket order by id"));
          }));
      case 3 -> Optional.of(new RoundTripData.Check(
          "readRows_v3_rowsKeptAndSequenceOutlivesItsColumn", c -> {
            assertEquals(List.of("1|1|a", "2|2|b", "3|3|c"),
                rows(c, "select id, invoice, item from purchase order by id"));
            assertEquals(List.of("t"), rows(c, "select nextval('order_number_seq') > 1015"));
          }));
      default -> Optional.empty();
    };
  }
}
