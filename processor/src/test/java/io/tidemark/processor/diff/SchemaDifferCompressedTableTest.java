package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.processor.diff.Finding.Severity;
import io.tidemark.snapshot.Nodes.TableBuilder;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ALTERs TimescaleDB rejects on a table whose compression stays enabled. */
class SchemaDifferCompressedTableTest {
  private static final TimescaleNode COMPRESSED = new TimescaleNode(new HypertableDef("ts", null, null, 0, false),
      new CompressionDef(List.of("device"), List.of("ts DESC")), "7 days", null, null);
  private static final TimescaleNode UNCOMPRESSED = Nodes.hypertable("ts", null);

  private static TableBuilder metrics(TimescaleNode hypertable) {
    return table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).column("value", "double precision").hypertable(hypertable);
  }

  private static List<Finding> findings(TableNode before, TableNode after) {
    return diff(schema(before), schema(after)).findings();
  }

  private static Finding only(List<Finding> findings, String code) {
    List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
    assertEquals(1, matching.size(), findings.toString());
    return matching.get(0);
  }

  @Test
  void addColumnWithNonConstantDefault_onCompressedTable_isAnErrorWithTheFix() {
    Finding error = only(findings(metrics(COMPRESSED).build(),
        metrics(COMPRESSED).column(new ColumnDef("seen", "timestamp with time zone", true, "now()")).build()),
        "TM053");
    assertEquals(new Finding(Severity.ERROR, "TM053", "metrics", "seen", "column metrics.seen is added"
        + " with the default now(), which is not a constant; TimescaleDB rejects that on a table with"
        + " compression enabled: give it a constant default, or disable compression in one revision,"
        + " add the column, and re-enable compression in the next"), error);
  }

  @Test
  void addColumnWithConstantDefaults_onCompressedTable_isAccepted() {
    for (String constant : List.of("0", "-1.5", "'x'", "'it''s'", "true", "NULL", "'{}'::jsonb", "(42)")) {
      List<Finding> findings = findings(metrics(COMPRESSED).build(),
          metrics(COMPRESSED).column(new ColumnDef("extra", "text", false, constant)).build());
      assertEquals(List.of(), findings, constant);
    }
  }

  @Test
  void addNotNullColumnWithoutDefault_onCompressedTable_isAnError() {
    Finding error = only(findings(metrics(COMPRESSED).build(),
        metrics(COMPRESSED).column(notNull("site", "integer")).build()), "TM054");
    assertEquals(Severity.ERROR, error.severity());
    assertEquals("column metrics.site is added NOT NULL without a default, which TimescaleDB rejects"
        + " on a table with compression enabled: give it a constant default (defaultValue = \"0\"), or"
        + " make it nullable", error.message());
  }

  @Test
  void dropSegmentByColumn_onCompressedTable_isAnError() {
    TimescaleNode withoutDevice = new TimescaleNode(COMPRESSED.dimensions(),
        new CompressionDef(List.of(), List.of("ts DESC")), "7 days", null, null);
    TableNode after = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column("value", "double precision").hypertable(withoutDevice).build();
    Finding error = only(findings(metrics(COMPRESSED).build(), after), "TM055");
    assertEquals("device", error.column());
    assertEquals("column device is a segmentby or orderby column of metrics, which has compression"
        + " enabled: TimescaleDB cannot drop it; disable compression in one revision, drop the column,"
        + " and re-enable compression without it in the next", error.message());
  }

  @Test
  void dropOtherColumn_onCompressedTable_isNoFinding() {
    TableNode after = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).hypertable(COMPRESSED).build();
    assertEquals(List.of(), findings(metrics(COMPRESSED).build(), after));
  }

  @Test
  void changeColumnType_onCompressedTable_isAnError() {
    TableNode after = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).column("value", "real").hypertable(COMPRESSED).build();
    Finding error = only(findings(metrics(COMPRESSED).build(), after), "TM056");
    assertEquals("column metrics.value changes type from double precision to real, which TimescaleDB"
        + " rejects on a table with compression enabled: disable compression in one revision, change"
        + " the column, and re-enable compression in the next", error.message());
  }

  @Test
  void sameChanges_whenCompressionIsEnabledOnlyNow_areNotErrors() {
    TableNode after = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).column("value", "real")
        .column(new ColumnDef("seen", "timestamp with time zone", true, "now()")).hypertable(COMPRESSED).build();
    assertEquals(List.of(), findings(metrics(UNCOMPRESSED).build(), after));
  }

  @Test
  void sameChanges_whenCompressionIsDisabledNow_areNotErrors() {
    TableNode after = table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column("value", "real").hypertable(UNCOMPRESSED).build();
    assertEquals(List.of(), findings(metrics(COMPRESSED).build(), after));
  }
}
