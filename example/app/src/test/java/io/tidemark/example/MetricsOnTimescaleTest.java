package io.tidemark.example;

import static io.tidemark.example.ExampleAppTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.junit.TidemarkAssertions;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The example on a real TimescaleDB: both sets applied, the metrics set as declared. */
@ExtendWith(TimescaleExtension.class)
class MetricsOnTimescaleTest {
  @Test
  void run_timescaleServer_appliesBothSetsWithHypertablePoliciesAndAggregate(
      TimescaleServer server) throws Exception {
    ExampleAppTest.Run run = ExampleAppTest.run(server.url());
    assertEquals(0, run.code(), run.out() + run.err());
    assertFalse(run.out().contains("skipping"), run.out());
    assertTrue(run.out().contains("Applied 3 revisions in "), run.out());
    assertTrue(run.out().contains("tidemark_version_metrics\n0003_200030 (head), "
        + "create continuous aggregate ingestion_metrics_hourly\n"), run.out());
    assertTrue(run.out().endsWith("tidemark_version_metrics\n"
        + ExampleAppTest.METRICS_HISTORY), run.out());
    try (Connection c = server.connect()) {
      assertEquals(List.of("ingestion_metrics 1 day true"), strings(c,
          "SELECT h.hypertable_name || ' ' || d.time_interval || ' ' || h.compression_enabled"
              + " FROM timescaledb_information.hypertables h"
              + " JOIN timescaledb_information.dimensions d USING (hypertable_schema,"
              + " hypertable_name)"));
      assertEquals(List.of("ingestion_id segmentby", "ts orderby DESC"), strings(c,
          "SELECT attname || ' ' || CASE WHEN segmentby_column_index IS NOT NULL"
              + " THEN 'segmentby' ELSE 'orderby ' || CASE WHEN orderby_asc THEN 'ASC'"
              + " ELSE 'DESC' END END FROM timescaledb_information.compression_settings"
              + " WHERE hypertable_name = 'ingestion_metrics' ORDER BY 1"));
      assertEquals(List.of(
              "policy_compression ingestion_metrics 3 days",
              "policy_refresh_continuous_aggregate ingestion_metrics_hourly 00:30:00",
              "policy_retention ingestion_metrics 90 days"),
          strings(c, "SELECT j.proc_name || ' ' || coalesce(a.view_name, j.hypertable_name)"
              + " || ' ' || CASE j.proc_name WHEN 'policy_compression'"
              + " THEN j.config ->> 'compress_after' WHEN 'policy_retention'"
              + " THEN j.config ->> 'drop_after' ELSE j.schedule_interval::text END"
              + " FROM timescaledb_information.jobs j"
              + " LEFT JOIN timescaledb_information.continuous_aggregates a"
              + " ON a.materialization_hypertable_name = j.hypertable_name"
              + " WHERE j.hypertable_name IS NOT NULL ORDER BY 1"));
      assertEquals(List.of("ingestion_metrics_hourly true"), strings(c,
          "SELECT view_name || ' ' || materialized_only"
              + " FROM timescaledb_information.continuous_aggregates"));
      assertEquals(List.of("ingestion_metrics_ingestion_id_ts_idx"), strings(c,
          "SELECT indexname FROM pg_indexes WHERE tablename = 'ingestion_metrics'"
              + " AND indexname LIKE '%ingestion_id%'"));
      assertTrue(ExampleAppTest.tables(c).containsAll(List.of("ingestions", "twap_status",
          "tidemark_version", "tidemark_version_metrics")));
    }
  }

  @Test
  void metricsChain_downToBaseAndUpAgain_roundTrips(TimescaleServer server) {
    Migrator migrator = Migrator.builder().url(server.url())
        .revisionPackage(MigrationSet.METRICS.revisionPackage())
        .versionTable("public", MigrationSet.METRICS.versionTable()).build();
    assertEquals(3, migrator.upgrade("head").size());
    TidemarkAssertions.assertChainRoundTrips(migrator);
    assertTrue(migrator.status().upToDate());
  }
}
