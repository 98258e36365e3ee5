package io.tidemark.it.timescale;

import static io.tidemark.it.timescale.TimescaleCatalog.lines;
import static io.tidemark.it.timescale.TimescaleCatalog.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tidemark.testing.Psql;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One table through the whole TimescaleDB life cycle on a real TimescaleDB, one model change
 * and one generated revision per step: a plain table with rows becomes a hypertable, its chunk
 * interval changes, compression comes, its policy changes, retention comes, a continuous
 * aggregate comes and its query changes. Each step is checked through the information views;
 * then {@code downgrade -1} walks back to base, and each state on the way down must equal the
 * state on the way up. Last, the offline SQL of the whole chain must build the same schema.
 */
@ExtendWith(TimescaleExtension.class)
class TimescaleEvolutionIT {
  private static final String REVISIONS = "org.example.metrics.db";
  private static final int ROWS = 160;
  private static final String COUNT_ROWS = "SELECT count(*) FROM reading";

  /**
   * A model version, the warning code its compilation must report (or {@code null}) and what its
   * revision must have done to the database.
   */
  private record Step(String model, String name, String warning, Check check) {}

  @FunctionalInterface
  private interface Check {
    void verify(Connection c) throws Exception;
  }

  private static final List<Step> STEPS = List.of(
      new Step("s0", "plainTableWithRows", null, c -> {
        insertRows(c);
        assertEquals(List.of(), TimescaleCatalog.read(c).hypertables());
      }),
      new Step("s1", "hypertableKeepingRows", null, c -> {
        assertEquals(List.of("reading dimensions 1 compression false"),
            TimescaleCatalog.read(c).hypertables());
        assertEquals(List.of("timebin 1 day"), dimensions(c));
        assertEquals("true", scalar(c, "SELECT (count(*) > 1)::text"
            + " FROM timescaledb_information.chunks WHERE hypertable_name = 'reading'"),
            "migrate_data must have moved the rows into several chunks");
        assertEquals(List.of("CREATE INDEX reading_timebin_idx ON public.reading"
                + " USING btree (timebin DESC)",
            "CREATE UNIQUE INDEX reading_pkey ON public.reading USING btree (timebin, asn_id, af)"),
            lines(c, "SELECT indexdef FROM pg_indexes WHERE tablename = 'reading'"));
      }),
      new Step("s2", "chunkIntervalChanged", null, c ->
          assertEquals(List.of("timebin 2 days"), dimensions(c))),
      new Step("s3", "compressionAdded", null, c -> {
        assertEquals(List.of("reading dimensions 1 compression true"),
            TimescaleCatalog.read(c).hypertables());
        assertEquals(List.of("af segmentby 2", "asn_id segmentby 1", "timebin orderby 1 DESC"),
            lines(c, "SELECT attname || coalesce(' segmentby ' || segmentby_column_index, '')"
                + " || coalesce(' orderby ' || orderby_column_index"
                + " || CASE WHEN orderby_asc THEN ' ASC' ELSE ' DESC' END, '')"
                + " FROM timescaledb_information.compression_settings"
                + " WHERE hypertable_name = 'reading'"));
        assertEquals(List.of("policy_compression compress_after 7 days"), policies(c));
        compressAllChunks(c);
      }),
      new Step("s4", "compressionPolicyIntervalChanged", null, c ->
          assertEquals(List.of("policy_compression compress_after 30 days"), policies(c))),
      new Step("s5", "retentionAdded", null, c ->
          assertEquals(List.of("policy_compression compress_after 30 days",
              "policy_retention drop_after 365 days"), policies(c))),
      new Step("s6", "continuousAggregateAdded", null, c -> {
        assertEquals(List.of("reading_daily on reading materialized_only true"), aggregates(c));
        assertEquals(List.of("day", "asn_id", "hege"), aggregateColumns(c));
        assertEquals(List.of("policy_refresh_continuous_aggregate on reading_daily"
            + " start 30 days end 1 day every 01:00:00"), refreshPolicies(c));
        refreshAndCount(c);
      }),
      new Step("s7", "continuousAggregateQueryChanged", "TM057", c -> {
        assertEquals(List.of("reading_daily on reading materialized_only true"), aggregates(c));
        assertEquals(List.of("day", "asn_id", "hege", "hege_max"), aggregateColumns(c));
        assertEquals(List.of("policy_refresh_continuous_aggregate on reading_daily"
            + " start 30 days end 1 day every 01:00:00"), refreshPolicies(c));
        refreshAndCount(c);
      }));

  private final Map<Integer, ModelChain.Version> versions = new HashMap<>();
  private final Map<Integer, TimescaleCatalog> states = new HashMap<>();

  @TestFactory
  Stream<DynamicNode> evolution_eachStepUpgradedThenDowngraded_statesMatchOnTheWayBack(
      TimescaleServer server) throws SQLException {
    ServerRecord.write(server);
    ModelChain chain = new ModelChain("timescale-evolution", REVISIONS);
    List<DynamicNode> nodes = new ArrayList<>();
    for (int i = 0; i < STEPS.size(); i++) {
      int step = i;
      Step s = STEPS.get(i);
      nodes.add(dynamicContainer(s.model() + " " + s.name(), List.of(
          dynamicTest("compile_" + s.name() + "_writesOneRevision", () -> {
            ModelChain.Version version = chain.compile("evolution/" + s.model());
            version.revision();
            if (s.warning() != null) {
              assertTrue(version.diagnostics().stream().anyMatch(d -> d.contains("WARNING")
                  && d.contains("[" + s.warning() + "]")), "expected a " + s.warning()
                  + " warning; diagnostics:\n" + String.join("\n", version.diagnostics()));
            }
            versions.put(step, version);
          }),
          dynamicTest("upgradeHead_" + s.name() + "_informationViewsShowIt", () -> {
            assertEquals(1, chain.migrator(version(step), server.url()).upgrade("head").size());
            try (Connection c = server.connect()) {
              s.check().verify(c);
              assertEquals(String.valueOf(ROWS), scalar(c, COUNT_ROWS), "rows must survive");
              states.put(step, TimescaleCatalog.read(c));
            }
          }))));
    }
    int last = STEPS.size() - 1;
    for (int i = last; i > 0; i--) {
      int step = i - 1;
      nodes.add(dynamicTest("downgradeMinusOne_from" + STEPS.get(i).model() + "_restoresStateOf"
          + STEPS.get(step).model(), () -> {
            assertEquals(1, chain.migrator(version(last), server.url()).downgrade("-1").size());
            try (Connection c = server.connect()) {
              assertEquals(state(step).toString(), TimescaleCatalog.read(c).toString(),
                  "downgrade -1 must give back the state of " + STEPS.get(step).model());
              assertEquals(String.valueOf(ROWS), scalar(c, COUNT_ROWS), "rows must survive");
            }
          }));
    }
    nodes.add(dynamicTest("downgradeMinusOne_fromPlainTable_leavesNothing", () -> {
      assertEquals(1, chain.migrator(version(last), server.url()).downgrade("-1").size());
      try (Connection c = server.connect()) {
        assertEquals("", TimescaleCatalog.read(c).toString());
        assertEquals("0", scalar(c, "SELECT count(*) FROM tidemark_version"));
      }
    }));
    nodes.add(dynamicTest("upgradeSqlHead_wholeChain_rendersAndBuildsTheSameSchema",
        () -> offlineSql(chain, server)));
    return nodes.stream().onClose(chain::close);
  }

  private void offlineSql(ModelChain chain, TimescaleServer server) throws Exception {
    String sql = chain.migrator(version(STEPS.size() - 1), server.url()).upgradeSql("head");
    Map<String, Integer> expected = Map.of(
        "create_hypertable\\(.*migrate_data => true", 1,
        "set_chunk_time_interval\\(", 1,
        "timescaledb\\.compress_segmentby", 1,
        "add_compression_policy\\(", 2,
        "remove_compression_policy\\(", 1,
        "add_retention_policy\\(", 1,
        "CREATE MATERIALIZED VIEW .*timescaledb\\.continuous", 2,
        "DROP MATERIALIZED VIEW", 1,
        "add_continuous_aggregate_policy\\(", 2);
    expected.forEach((pattern, count) -> assertEquals(count, occurrences(sql, pattern),
        "occurrences of /" + pattern + "/ in the offline SQL:\n" + sql));

    server.reset();
    Path file = Files.createTempFile("tidemark-offline", ".sql");
    try {
      Files.writeString(file, sql);
      Psql.Result applied = Psql.run(server.url(), null, null, file);
      assertEquals(0, applied.exit(), "psql failed:\n" + applied.output());
    } finally {
      Files.delete(file);
    }
    try (Connection c = server.connect()) {
      TimescaleCatalog online = state(STEPS.size() - 1);
      TimescaleCatalog offline = TimescaleCatalog.read(c);
      assertEquals(online.withoutChunks().toString(), offline.toString(),
          "the offline SQL must build what the online upgrades built");
      assertEquals(String.valueOf(STEPS.size()), scalar(c, "SELECT count(*) FROM tidemark_version"));
    }
  }

  private ModelChain.Version version(int step) {
    ModelChain.Version version = versions.get(step);
    if (version == null) {
      throw new IllegalStateException(STEPS.get(step).model() + " was not compiled; see its"
          + " compile step");
    }
    return version;
  }

  private TimescaleCatalog state(int step) {
    TimescaleCatalog state = states.get(step);
    if (state == null) {
      throw new IllegalStateException("no state recorded for " + STEPS.get(step).model()
          + "; see its upgrade step");
    }
    return state;
  }

  private static int occurrences(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Rows over the last 20 days, so that no retention or compression policy can touch them. */
  private static void insertRows(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO reading (timebin, asn_id, af, hege)"
          + " SELECT date_trunc('hour', now()) - i * INTERVAL '3 hours', 2497 + i % 4,"
          + " 4 + 2 * (i % 2), (i % 17) / 17.0 FROM generate_series(1, " + ROWS + ") i");
    }
  }

  private static void compressAllChunks(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("SELECT compress_chunk(ch, if_not_compressed => true)"
          + " FROM show_chunks('reading') ch");
    }
    assertEquals("true", scalar(c, "SELECT bool_and(is_compressed)::text"
        + " FROM timescaledb_information.chunks WHERE hypertable_name = 'reading'"));
  }

  private static void refreshAndCount(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("CALL refresh_continuous_aggregate('reading_daily', NULL, NULL)");
    }
    assertEquals(scalar(c, "SELECT count(DISTINCT (time_bucket(INTERVAL '1 day', timebin),"
        + " asn_id)) FROM reading"), scalar(c, "SELECT count(*) FROM reading_daily"),
        "the aggregate must materialize one row per day and AS");
  }

  private static List<String> dimensions(Connection c) throws Exception {
    return lines(c, "SELECT column_name || ' ' || time_interval"
        + " FROM timescaledb_information.dimensions WHERE hypertable_name = 'reading'");
  }

  private static List<String> policies(Connection c) throws Exception {
    return lines(c, "SELECT proc_name || ' ' || key || ' ' || value::interval"
        + " FROM timescaledb_information.jobs, jsonb_each_text(config)"
        + " WHERE hypertable_name = 'reading' AND key IN ('compress_after', 'drop_after')");
  }

  private static List<String> aggregates(Connection c) throws Exception {
    return lines(c, "SELECT view_name || ' on ' || hypertable_name || ' materialized_only '"
        + " || materialized_only FROM timescaledb_information.continuous_aggregates");
  }

  private static List<String> aggregateColumns(Connection c) throws Exception {
    List<String> ordered = lines(c, "SELECT lpad(ordinal_position::text, 3, '0') || column_name"
        + " FROM information_schema.columns WHERE table_name = 'reading_daily'");
    return ordered.stream().map(line -> line.substring(3)).toList();
  }

  private static List<String> refreshPolicies(Connection c) throws Exception {
    return lines(c, "SELECT j.proc_name || ' on ' || a.view_name"
        + " || ' start ' || (j.config ->> 'start_offset')::interval"
        + " || ' end ' || (j.config ->> 'end_offset')::interval"
        + " || ' every ' || j.schedule_interval"
        + " FROM timescaledb_information.jobs j JOIN timescaledb_information.continuous_aggregates a"
        // 2.23 names the view itself as the job's hypertable; older releases name its
        // materialization hypertable
        + " ON j.hypertable_name IN (a.view_name, a.materialization_hypertable_name)");
  }
}
