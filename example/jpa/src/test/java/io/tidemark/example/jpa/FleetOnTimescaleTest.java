package io.tidemark.example.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.Migrator;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The revisions generated from the JPA entities, applied to a real TimescaleDB. */
@ExtendWith(TimescaleExtension.class)
class FleetOnTimescaleTest {
  @Test
  void upgradeHead_timescaleServer_buildsTheTablesHibernateMapsAndTheHypertable(
      TimescaleServer server) throws Exception {
    Migrator migrator = Migrator.builder().url(server.url())
        .revisionPackage("io.tidemark.example.jpa.db").build();

    migrator.upgrade("head");

    try (Connection c = server.connect()) {
      assertEquals(List.of("city character varying(255) null", "id bigint not null",
              "name character varying(80) not null"), columns(c, "depot"));
      assertEquals(List.of("depot_seq 1 50 nextval('depot_seq'::regclass)"), strings(c,
          "SELECT s.sequencename || ' ' || s.start_value || ' ' || s.increment_by || ' '"
              + " || pg_get_expr(d.adbin, d.adrelid) FROM pg_sequences s, pg_attrdef d"
              + " WHERE s.sequencename = 'depot_seq' AND d.adrelid = 'depot'::regclass"));
      assertEquals(List.of("home_depot_id bigint not null", "id bigint identity",
              "kind character varying(16) not null", "serial_number character varying(40) not null",
              "state smallint null", "version bigint not null"), columns(c, "vehicles"));
      assertEquals(List.of("latitude double precision not null",
              "longitude double precision not null", "recorded_at timestamp(6) with time zone"
              + " not null", "speed_kmh real null", "vehicle_id bigint not null"),
          columns(c, "position_report"));
      assertEquals(List.of("position_report_vehicle_id_fkey FOREIGN KEY (vehicle_id) REFERENCES"
              + " vehicles(id) ON DELETE CASCADE",
              "vehicles_home_depot_id_fkey FOREIGN KEY (home_depot_id) REFERENCES depot(id)"
              + " ON DELETE CASCADE",
              "vehicles_kind_check CHECK (((kind)::text = ANY ((ARRAY['VAN'::character varying,"
              + " 'TRUCK'::character varying, 'BIKE'::character varying])::text[])))",
              "vehicles_state_check CHECK (((state >= 0) AND (state <= 2)))"),
          strings(c, "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
              + " WHERE contype IN ('f', 'c') AND conrelid::regclass::text IN"
              + " ('depot', 'vehicles', 'position_report') ORDER BY 1"));
      assertEquals(List.of("position_report recorded_at 1 day"), strings(c,
          "SELECT hypertable_name || ' ' || column_name || ' ' || time_interval"
              + " FROM timescaledb_information.dimensions"));
    }
    migrator.downgrade("base");
    try (Connection c = server.connect()) {
      assertEquals(List.of(), strings(c, "SELECT tablename FROM pg_tables WHERE tablename IN"
          + " ('depot', 'vehicles', 'position_report')"));
      assertEquals(List.of(), strings(c, "SELECT sequencename FROM pg_sequences"
          + " WHERE sequencename = 'depot_seq'"));
    }
  }

  private static List<String> columns(Connection c, String table) throws Exception {
    return strings(c, "SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '"
        + " || CASE WHEN a.attidentity <> '' THEN 'identity' WHEN a.attnotnull THEN 'not null'"
        + " ELSE 'null' END FROM pg_attribute a WHERE a.attrelid = '" + table + "'::regclass"
        + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1");
  }

  private static List<String> strings(Connection c, String sql) throws Exception {
    List<String> result = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }
}
