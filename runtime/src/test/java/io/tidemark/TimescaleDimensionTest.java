package io.tidemark;

import static io.tidemark.Ddl.byHash;
import static io.tidemark.Ddl.byRange;
import static io.tidemark.Ddl.column;
import static io.tidemark.Ddl.hypertable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.catalog.Catalog;
import io.tidemark.catalog.CatalogReader;
import io.tidemark.catalog.DriftDiffer;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.Operation;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Extra hypertable dimensions on TimescaleDB: created with the hypertable by hash and by range,
 * one more added while the table is empty and one once it holds rows, read back by the catalog
 * so that the drift check finds the model's dimensions, and a hand-added one.
 */
@ExtendWith(TimescaleExtension.class)
class TimescaleDimensionTest {
  private static final HypertableDef DIMENSIONS = hypertable("ts").chunkTimeInterval("1 day")
      .dimension(byHash("device", 4)).dimension(byRange("site", "1000"));

  private static Operation[] ops(Operations op) {
    return op.recorded().toArray(Operation[]::new);
  }

  @Test
  void dimensions_createdWithTheTableAndAddedWhileEmpty_readBackWithoutDrift(
      TimescaleServer server) throws Exception {
    try (Connection c = server.connect()) {
      Live.apply(c, ops(new Operations().createSchema("dims")
          .createTable("dims.metrics", column("ts", "timestamptz").notNull(),
              column("device", "integer").notNull(), column("site", "bigint").notNull(),
              column("rack", "integer").notNull(), column("zone", "integer").notNull())
          .createHypertable("dims.metrics", DIMENSIONS)));
      assertEquals(List.of("1|ts|Time|", "2|device|Space|4", "3|site|Time|"), dimensions(c));

      Live.apply(c, ops(new Operations().addDimension("dims.metrics", byHash("rack", 2))));
      assertEquals("4|rack|Space|2", dimensions(c).get(3));
      HypertableDef all = DIMENSIONS.dimension(byHash("rack", 2));
      assertEquals(List.of(), drift(c, all));
      assertTrue(drift(c, DIMENSIONS).get(0).startsWith("table dims.metrics: dimensions beyond"
          + " time are [device by hash into 4, site by range of 1000, rack by hash into 2], the"
          + " model has [device by hash into 4, site by range of 1000]"), drift(c, DIMENSIONS)
          .toString());

      Live.apply(c, ops(new Operations().sql("INSERT INTO dims.metrics VALUES"
          + " ('2026-01-01', 1, 5, 1, 1)")));
      // TimescaleDB 2.23 adds it to a table with rows too; only new chunks are partitioned by it
      Live.apply(c, ops(new Operations().addDimension("dims.metrics", byRange("zone", "10"))));
      assertEquals("5|zone|Time|", dimensions(c).get(4));
      assertEquals(List.of("1"), Live.rows(c, "SELECT count(*) FROM dims.metrics"));
      Live.apply(c, ops(new Operations().dropTable("dims.metrics").dropSchema("dims")));
    }
  }

  private static List<String> dimensions(Connection c) throws Exception {
    return Live.rows(c, "SELECT dimension_number, column_name, dimension_type,"
        + " coalesce(num_partitions::text, '') FROM timescaledb_information.dimensions"
        + " WHERE hypertable_schema = 'dims' ORDER BY dimension_number");
  }

  private static List<String> drift(Connection c, HypertableDef hypertable) throws Exception {
    Catalog catalog = CatalogReader.read(c, "public", "tidemark_version");
    TableNode live = catalog.schema().tables().stream()
        .filter(t -> t.qualifiedName().equals("dims.metrics")).findFirst().orElseThrow();
    TableNode model = new TableNode("dims", "metrics", "", live.columns(), null, List.of(),
        List.of(), List.of(), List.of(), new TimescaleNode(hypertable, null, null, null, null));
    return DriftDiffer.diff(new Schema(List.of(model), List.of()), catalog, c).stream()
        .map(Object::toString).toList();
  }
}
