package io.tidemark.it.timescale;

import static io.tidemark.it.timescale.TimescaleCatalog.lines;
import static io.tidemark.it.timescale.TimescaleCatalog.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hypertable compressed under the columnstore names ({@code -Atidemark.timescale.api=
 * columnstore}), an hourly aggregate and a compressed daily aggregate on it (a hierarchical
 * aggregate), on TimescaleDB: created (c1), the lower aggregate's query changed so that the
 * upper one is re-created with it (c2), the upper one's compression changed (c3). Each state
 * is read back, {@code downgrade -1} walks back through the same states, and the rows stay.
 */
@ExtendWith(TimescaleExtension.class)
class TimescaleSurfaceIT {
  private static final List<String> COLUMNSTORE = List.of("-Atidemark.timescale.api=columnstore");
  private static final String ROWS = "96";
  private static final List<String> MODELS = List.of("c1", "c2", "c3");

  private final Map<Integer, ModelChain.Version> versions = new HashMap<>();
  private final Map<Integer, String> states = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> surface_eachVersionUpgradedThenDowngraded_statesMatchOnTheWayBack(
      TimescaleServer server) {
    ModelChain chain = new ModelChain("timescale-surface", "org.example.samples.db");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < MODELS.size(); i++) {
      int step = i;
      tests.add(dynamicTest("upgradeHead_" + MODELS.get(i) + "_aggregatesAndCompressionAsModelled",
          () -> {
            ModelChain.Version version = chain.compile("surface/" + MODELS.get(step), COLUMNSTORE);
            versions.put(step, version);
            String source = Files.readString(version.revision());
            assertEquals(1, chain.migrator(version, server.url()).upgrade("head").size());
            try (Connection c = server.connect()) {
              check(step, c, source, version.diagnostics());
              refreshBoth(c);
              assertEquals(ROWS, scalar(c, "SELECT count(*) FROM sample"), "rows must survive");
              states.put(step, TimescaleCatalog.read(c).toString());
            }
          }));
    }
    for (int i = MODELS.size() - 1; i > 0; i--) {
      int step = i - 1;
      tests.add(dynamicTest("downgradeMinusOne_from" + MODELS.get(i) + "_restoresStateOf"
          + MODELS.get(step), () -> {
            ModelChain.Version last = versions.get(MODELS.size() - 1);
            assertEquals(1, chain.migrator(last, server.url()).downgrade("-1").size());
            try (Connection c = server.connect()) {
              refreshBoth(c);
              assertEquals(states.get(step), TimescaleCatalog.read(c).toString());
              assertEquals(ROWS, scalar(c, "SELECT count(*) FROM sample"), "rows must survive");
            }
          }));
    }
    tests.add(dynamicTest("downgradeBase_fromC1_leavesNothing", () -> {
      ModelChain.Version last = versions.get(MODELS.size() - 1);
      chain.migrator(last, server.url()).downgrade("base");
      try (Connection c = server.connect()) {
        assertEquals("", TimescaleCatalog.read(c).toString());
      }
    }));
    return tests.stream().onClose(chain::close);
  }

  private static void check(int step, Connection c, String source, List<String> diagnostics)
      throws Exception {
    switch (step) {
      case 0 -> {
        assertTrue(source.contains("op.enableColumnstore(\"sample\"")
            && source.contains("op.addColumnstorePolicy(\"sample\", \"7 days\")")
            && source.contains("op.enableAggregateColumnstore(\"sample_daily\""), source);
        assertTrue(source.indexOf("op.createContinuousAggregate(\"sample_hourly\"")
            < source.indexOf("op.createContinuousAggregate(\"sample_daily\""),
            "the aggregate on the aggregate comes second although it sorts first:\n" + source);
        insertRows(c);
        assertEquals(List.of("sample device segmentby #1", "sample ts orderby #1 DESC NULLS FIRST"),
            lines(c, "SELECT hypertable_name || ' ' || attname"
                + " || coalesce(' segmentby #' || segmentby_column_index, '')"
                + " || coalesce(' orderby #' || orderby_column_index || CASE WHEN orderby_asc"
                + " THEN ' ASC' ELSE ' DESC' END || CASE WHEN orderby_nullsfirst"
                + " THEN ' NULLS FIRST' ELSE ' NULLS LAST' END, '')"
                + " FROM timescaledb_information.compression_settings"
                + " WHERE hypertable_name = 'sample'"));
        assertEquals(List.of("sample_daily on sample_hourly compression true",
            "sample_hourly on sample compression false"), aggregates(c));
        assertEquals(List.of("sample compress_after 7 days", "sample_daily",
            "sample_daily compress_after 60 days", "sample_hourly"), policies(c),
            "the columnstore policy, two refresh policies and the aggregate's compression policy");
      }
      case 1 -> {
        assertTrue(diagnostics.stream().anyMatch(d -> d.contains("[TM059]")
            && d.contains("sample_daily")), String.join("\n", diagnostics));
        assertTrue(source.indexOf("op.dropContinuousAggregate(\"sample_daily\")")
            < source.indexOf("op.dropContinuousAggregate(\"sample_hourly\")"), source);
        assertEquals(List.of("sample_daily on sample_hourly compression true",
            "sample_hourly on sample compression false"), aggregates(c));
      }
      default -> {
        assertTrue(source.contains("op.disableAggregateColumnstore(\"sample_daily\")")
            && source.contains("op.removeColumnstorePolicy(\"sample_daily\")"), source);
        assertEquals(List.of("sample compress_after 7 days", "sample_daily", "sample_hourly"),
            policies(c), "the aggregate stays compressed, without a policy");
        assertEquals(List.of("sample_daily on sample_hourly compression true",
            "sample_hourly on sample compression false"), aggregates(c));
      }
    }
  }

  /** Four days of hourly readings of one device, so both aggregates have rows to show. */
  private static void insertRows(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO sample (ts, device, value) SELECT date_trunc('hour', now())"
          + " - i * INTERVAL '1 hour', 7, i FROM generate_series(1, " + ROWS + ") i");
    }
  }

  private static void refreshBoth(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("CALL refresh_continuous_aggregate('sample_hourly', NULL, NULL)");
      s.execute("CALL refresh_continuous_aggregate('sample_daily', NULL, NULL)");
    }
    assertEquals(scalar(c, "SELECT count(DISTINCT time_bucket(INTERVAL '1 hour', ts)) FROM sample"),
        scalar(c, "SELECT count(*) FROM sample_hourly"), "one hourly row per hour");
    assertEquals(scalar(c, "SELECT count(DISTINCT time_bucket(INTERVAL '1 day', ts)) FROM sample"),
        scalar(c, "SELECT count(*) FROM sample_daily"), "one daily row per day");
  }

  private static List<String> aggregates(Connection c) throws Exception {
    return lines(c, "SELECT a.view_name || ' on ' || coalesce(p.view_name, a.hypertable_name)"
        + " || ' compression ' || a.compression_enabled"
        + " FROM timescaledb_information.continuous_aggregates a"
        + " LEFT JOIN timescaledb_information.continuous_aggregates p"
        + " ON p.materialization_hypertable_name = a.hypertable_name");
  }

  private static List<String> policies(Connection c) throws Exception {
    return lines(c, "SELECT coalesce(a.view_name, j.hypertable_name)"
        + " || coalesce(' compress_after ' || (j.config ->> 'compress_after')::interval, '')"
        + " FROM timescaledb_information.jobs j LEFT JOIN"
        + " timescaledb_information.continuous_aggregates a ON j.hypertable_name"
        + " IN (a.view_name, a.materialization_hypertable_name) WHERE j.hypertable_name IS NOT NULL");
  }
}
