package io.tidemark.it.timescale;

import static io.tidemark.it.timescale.TimescaleCatalog.lines;
import static io.tidemark.it.timescale.TimescaleCatalog.scalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HegemonyCone model that a team had to hand-write around Alembic, declared with
 * Tidemark's annotations, compiled by the real processor and applied by the runtime to a real
 * TimescaleDB: the one revision it generates yields exactly the declared hypertable, and
 * downgrading removes all of it.
 */
@ExtendWith(TimescaleExtension.class)
class HegemonyConeIT {
  private static final String REVISIONS = "net.ihr.hegemony.db";
  private static final String TABLE = "ihr_hegemonycone";
  private static final String AUTOMATIC_INDEX = TABLE + "_timebin_idx";
  private static final List<String> INDEXES = List.of(
      "CREATE INDEX ihr_hegemonycone_asn_id_timebin_idx ON public.ihr_hegemonycone"
          + " USING btree (asn_id, timebin DESC)",
      "CREATE INDEX ihr_hegemonycone_timebin_idx ON public.ihr_hegemonycone"
          + " USING btree (timebin DESC)",
      "CREATE UNIQUE INDEX ihr_hegemonycone_pkey ON public.ihr_hegemonycone"
          + " USING btree (id, timebin)");

  @Test
  void hegemonyCone_compiledAndUpgraded_yieldsExactlyTheDeclaredHypertable(TimescaleServer server)
      throws Exception {
    ServerRecord.write(server);
    try (ModelChain chain = new ModelChain("timescale-hegemony", REVISIONS)) {
      ModelChain.Version v1 = chain.compile("hegemony/v1");
      String source = v1.revisionSource();
      assertFalse(source.contains(AUTOMATIC_INDEX),
          "the revision must leave TimescaleDB's own time index alone:\n" + source);
      assertEquals(List.of(), chain.compile("hegemony/v1").added(),
          "compiling the unchanged model again must write no revision");

      Migrator migrator = chain.migrator(v1, server.url());
      String offline = migrator.upgradeSql("head");
      for (String statement : List.of(
          "SELECT create_hypertable('ihr_hegemonycone', 'timebin',"
              + " chunk_time_interval => INTERVAL '2 days');",
          "CREATE INDEX ihr_hegemonycone_asn_id_timebin_idx ON ihr_hegemonycone"
              + " (asn_id, timebin DESC);",
          "ALTER TABLE ihr_hegemonycone SET (timescaledb.compress,"
              + " timescaledb.compress_segmentby = 'asn_id, af',"
              + " timescaledb.compress_orderby = 'timebin');",
          "SELECT add_compression_policy('ihr_hegemonycone',"
              + " compress_after => INTERVAL '7 days');")) {
        assertTrue(offline.contains(statement), "the offline SQL must contain " + statement
            + "\n" + offline);
      }
      assertEquals(1, migrator.upgrade("head").size());

      try (Connection c = server.connect()) {
        assertEquals(List.of(
                "ihr_hegemonycone.af smallint NOT NULL",
                "ihr_hegemonycone.asn_id integer NOT NULL",
                "ihr_hegemonycone.conesize integer NOT NULL",
                "ihr_hegemonycone.id bigint NOT NULL",
                "ihr_hegemonycone.timebin timestamp with time zone NOT NULL"),
            TimescaleCatalog.read(c).columns());
        assertEquals(List.of("ihr_hegemonycone dimensions 1 compression true"),
            TimescaleCatalog.read(c).hypertables());
        assertEquals(List.of("1 timebin Time 2 days"), lines(c, "SELECT dimension_number || ' '"
            + " || column_name || ' ' || dimension_type || ' '"
            + " || time_interval FROM timescaledb_information.dimensions"
            + " WHERE hypertable_name = '" + TABLE + "'"));
        assertEquals(List.of("af segmentby 2", "asn_id segmentby 1", "timebin orderby 1 ASC"),
            lines(c, "SELECT attname || coalesce(' segmentby ' || segmentby_column_index, '')"
                + " || coalesce(' orderby ' || orderby_column_index"
                + " || CASE WHEN orderby_asc THEN ' ASC' ELSE ' DESC' END, '')"
                + " FROM timescaledb_information.compression_settings"
                + " WHERE hypertable_name = '" + TABLE + "'"));
        assertEquals(List.of("policy_compression 7 days"), lines(c, "SELECT proc_name || ' '"
            + " || (config ->> 'compress_after')::interval"
            + " FROM timescaledb_information.jobs WHERE hypertable_name = '" + TABLE + "'"));
        assertEquals("true", scalar(c, "SELECT ((config ->> 'hypertable_id')::int = h.id)::text"
            + " FROM timescaledb_information.jobs j JOIN _timescaledb_catalog.hypertable h"
            + " ON h.table_name = j.hypertable_name WHERE j.proc_name = 'policy_compression'"),
            "the policy must act on this hypertable");
        assertEquals(INDEXES, lines(c, "SELECT indexdef FROM pg_indexes"
            + " WHERE tablename = '" + TABLE + "'"));

        compressOldRows(c);
      }

      assertEquals(1, migrator.downgrade("base").size());
      try (Connection c = server.connect()) {
        TimescaleCatalog after = TimescaleCatalog.read(c);
        assertEquals("", after.toString(), "downgrade base must remove everything");
        assertEquals(List.of(), lines(c, "SELECT job_id::text FROM timescaledb_information.jobs"
            + " WHERE hypertable_name = '" + TABLE + "' OR proc_name = 'policy_compression'"));
        assertEquals("0", scalar(c, "SELECT count(*) FROM tidemark_version"));
      }
    }
  }

  @Test
  void automaticTimeIndex_declaredThenForgotten_neverCreatedTwiceNorDropped(TimescaleServer server)
      throws Exception {
    try (ModelChain chain = new ModelChain("timescale-hegemony-index", REVISIONS)) {
      ModelChain.Version v1 = chain.compile("hegemony/v1");
      v1.revision();
      ModelChain.Version v2 = chain.compile("hegemony/v2");
      ModelChain.Version v3 = chain.compile("hegemony/v3");
      for (ModelChain.Version later : List.of(v2, v3)) {
        assertFalse(later.revisionSource().contains(AUTOMATIC_INDEX), later.label()
            + " must neither create nor drop TimescaleDB's own time index:\n"
            + later.revisionSource());
      }
      Migrator migrator = chain.migrator(v3, server.url());
      for (String step : List.of("+1", "+1", "+1")) {
        migrator.upgrade(step);
        assertOneTimeIndex(server);
      }
      for (String step : List.of("-1", "-1")) {
        migrator.downgrade(step);
        assertOneTimeIndex(server);
      }
    }
  }

  private static void assertOneTimeIndex(TimescaleServer server) throws Exception {
    try (Connection c = server.connect()) {
      assertEquals(List.of(AUTOMATIC_INDEX), lines(c, "SELECT indexname FROM pg_indexes"
          + " WHERE tablename = '" + TABLE + "' AND indexdef LIKE '%(timebin DESC)'"));
      assertEquals(INDEXES, lines(c, "SELECT indexdef FROM pg_indexes"
          + " WHERE tablename = '" + TABLE + "'"));
    }
  }

  /** Rows over three weeks, then the compression job run by hand (PGlite runs no workers). */
  private static void compressOldRows(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO " + TABLE + " (id, timebin, conesize, af, asn_id)"
          + " SELECT i, now() - i * INTERVAL '4 hours', i % 50, 4 + 2 * (i % 2), 2497 + i % 3"
          + " FROM generate_series(1, 126) i");
    }
    String job = scalar(c, "SELECT job_id FROM timescaledb_information.jobs"
        + " WHERE hypertable_name = '" + TABLE + "' AND proc_name = 'policy_compression'");
    try (Statement s = c.createStatement()) {
      s.execute("CALL run_job(" + Integer.parseInt(job) + ")");
    }
    assertEquals("true", scalar(c, "SELECT (bool_or(is_compressed) AND NOT bool_and(is_compressed))::text"
        + " FROM timescaledb_information.chunks WHERE hypertable_name = '" + TABLE + "'"),
        "the compression policy must compress the chunks older than 7 days, and only those");
    assertEquals("126", scalar(c, "SELECT count(*) FROM " + TABLE));
  }
}
