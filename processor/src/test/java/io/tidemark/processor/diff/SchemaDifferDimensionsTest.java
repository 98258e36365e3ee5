package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddDimension;
import io.tidemark.ddl.CreateExtension;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra hypertable dimensions: created with the table, added to an empty one, never removed. */
class SchemaDifferDimensionsTest {
  private static final HypertableDef BY_TIME = new HypertableDef("ts", "1 day", null, 0, false);
  private static final DimensionDef DEVICE = DimensionDef.byHash("device", 4);
  private static final DimensionDef SITE = DimensionDef.byRange("site", "1000");

  private static TableNode metrics(HypertableDef hypertable) {
    return table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).column(notNull("site", "bigint"))
        .hypertable(new TimescaleNode(hypertable, null, null, null, null)).build();
  }

  @Test
  void diff_newHypertableWithDimensions_createsThemWithTheHypertable() {
    HypertableDef both = BY_TIME.dimension(DEVICE).dimension(SITE);
    TableNode table = metrics(both);
    DiffResult result = diff(Schema.EMPTY, schema(table));
    assertEquals(List.of(new CreateExtension("timescaledb"), table.createTable(),
        new CreateHypertable("metrics", both)), result.upgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_dimensionAppendedToExistingHypertable_addsItAndTheDowngradeLeavesIt() {
    DiffResult result = diff(schema(metrics(BY_TIME.dimension(DEVICE))),
        schema(metrics(BY_TIME.dimension(DEVICE).dimension(SITE))));
    assertEquals(List.of(new AddDimension("metrics", SITE)), result.upgrade());
    assertEquals(List.of(), result.downgrade());
    assertEquals(List.of(), result.findings());
  }

  @Test
  void diff_dimensionRemovedOrChanged_isRefusedWithTm064() {
    for (HypertableDef now : List.of(BY_TIME, BY_TIME.dimension(DimensionDef.byHash("device", 8)),
        BY_TIME.dimension(SITE).dimension(DEVICE))) {
      DiffResult result = diff(schema(metrics(BY_TIME.dimension(DEVICE).dimension(SITE))),
          schema(metrics(now)));
      assertEquals(List.of(), result.upgrade());
      assertEquals(1, result.findings().size(), result.findings().toString());
      assertEquals("TM064", result.findings().get(0).code());
      assertTrue(result.findings().get(0).toString().contains("the extra dimensions of"
          + " hypertable metrics change from [device by hash into 4, site by range of 1000]"),
          result.findings().toString());
    }
  }
}
