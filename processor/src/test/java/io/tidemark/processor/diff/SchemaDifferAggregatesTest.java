package io.tidemark.processor.diff;

import static io.tidemark.processor.diff.Expected.createHypertable;
import static io.tidemark.processor.diff.Expected.dropAggregate;
import static io.tidemark.processor.diff.Expected.dropTable;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.assertDowngradeReverses;
import static io.tidemark.processor.diff.SchemaDifferTablesTest.diff;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.CreateExtension;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.RemoveRefreshPolicy;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.processor.diff.Finding.Severity;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Nodes;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDifferAggregatesTest {
  private static final TimescaleNode HYPERTABLE = Nodes.hypertable("ts", "1 day");
  private static final TableNode METRICS = table("metrics").column(notNull("ts", "timestamp with time zone"))
      .column("value", "double precision").hypertable(HYPERTABLE).build();
  private static final RefreshDef REFRESH = new RefreshDef("3 days", "1 hour", "1 hour");
  private static final String QUERY = "SELECT time_bucket('1 hour', ts) AS bucket, avg(value) FROM metrics GROUP BY 1";

  private static AggregateNode hourly(String query, boolean materializedOnly, RefreshDef refresh) {
    return new AggregateNode("", "metrics_hourly", "com.acme.MetricsHourly", query, materializedOnly, refresh);
  }

  private static Schema with(AggregateNode... aggregates) {
    return new Schema(List.of(METRICS), List.of(aggregates));
  }

  @Test
  void diff_newHypertableAndAggregate_createsTheAggregateAfterItsHypertable() {
    AggregateNode aggregate = hourly(QUERY, true, REFRESH);
    DiffResult result = diff(Schema.EMPTY, with(aggregate));
    assertEquals(List.of(
        new CreateExtension("timescaledb"),
        METRICS.createTable(),
        createHypertable("metrics", HYPERTABLE, false),
        aggregate.createAggregate(),
        new AddRefreshPolicy("metrics_hourly", REFRESH)), result.upgrade());
    assertEquals(List.of(dropAggregate(aggregate), dropTable(METRICS)),
        result.downgrade(), "the aggregate goes before its hypertable; the policy goes with it");
  }

  @Test
  void diff_droppedHypertableAndAggregate_dropsTheAggregateFirstWithWarning() {
    AggregateNode aggregate = hourly(QUERY, true, REFRESH);
    DiffResult result = diff(with(aggregate), Schema.EMPTY);
    assertEquals(List.of(dropAggregate(aggregate), dropTable(METRICS)),
        result.upgrade());
    Finding warning = result.findings().stream().filter(f -> f.code().equals("TM058")).findFirst().orElseThrow();
    assertEquals(new Finding(Severity.WARNING, "TM058", "metrics_hourly", null,
        "continuous aggregate metrics_hourly is dropped with its materialized rows"), warning);
  }

  @Test
  void diff_changedQuery_dropsAndCreatesWithWarning() {
    AggregateNode before = hourly(QUERY, true, REFRESH);
    AggregateNode after = hourly(QUERY.replace("avg", "max"), true, REFRESH);
    DiffResult result = diff(with(before), with(after));
    assertEquals(List.of(dropAggregate(before), after.createAggregate(),
        new AddRefreshPolicy("metrics_hourly", REFRESH)), result.upgrade());
    assertEquals(List.of(dropAggregate(after), before.createAggregate(),
        new AddRefreshPolicy("metrics_hourly", REFRESH)), result.downgrade());
    assertEquals(new Finding(Severity.WARNING, "TM057", "metrics_hourly", null, "the query of continuous"
        + " aggregate metrics_hourly changes, which TimescaleDB cannot alter: it is dropped and re-created"
        + " empty, and its rows are re-materialized by the next refresh"), result.findings().get(0));
  }

  @Test
  void diff_queryWithOtherSurroundingWhitespace_isUnchanged() {
    assertTrue(diff(with(hourly(QUERY, true, null)), with(hourly("\n  " + QUERY + "\n", true, null))).isEmpty());
  }

  @Test
  void diff_changedRefreshPolicy_removesAndAdds() {
    RefreshDef daily = new RefreshDef("7 days", "1 day", "1 day");
    DiffResult result = diff(with(hourly(QUERY, true, REFRESH)), with(hourly(QUERY, true, daily)));
    assertEquals(List.of(new RemoveRefreshPolicy("metrics_hourly", REFRESH),
        new AddRefreshPolicy("metrics_hourly", daily)), result.upgrade());
    assertDowngradeReverses(result);
  }

  @Test
  void diff_changedMaterializedOnly_setsIt() {
    DiffResult result = diff(with(hourly(QUERY, true, null)), with(hourly(QUERY, false, null)));
    assertEquals(List.of(new SetMaterializedOnly("metrics_hourly", false)), result.upgrade());
    assertEquals(List.of(new SetMaterializedOnly("metrics_hourly", true)), result.downgrade());
  }

  @Test
  void diff_aggregateInItsOwnSchema_createsTheSchema() {
    AggregateNode rollups = new AggregateNode("rollups", "hourly", "com.acme.Hourly", QUERY, true, null);
    List<Operation> upgrade = diff(with(), with(rollups)).upgrade();
    assertEquals(List.of(new CreateSchema("rollups"), rollups.createAggregate()), upgrade);
  }
}
