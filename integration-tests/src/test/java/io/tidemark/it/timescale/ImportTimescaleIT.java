package io.tidemark.it.timescale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.catalog.Catalog;
import io.tidemark.catalog.CatalogReader;
import io.tidemark.it.ImportFlow;
import io.tidemark.testing.TimescaleExtension;
import io.tidemark.testing.TimescaleServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code tidemark import} on TimescaleDB, end to end on the one database PGlite serves: a
 * compressed hypertable with compression, retention and reorder policies and rows in chunks, a
 * space-partitioned hypertable on integer time, a continuous aggregate with its refresh policy,
 * plus a view, a function and a trigger, are imported and compiled; the imported database,
 * stamped at head, shows no drift; its catalog is captured, the database reset, the revisions
 * applied, and the catalog read again is equal, apart from the chunks the rows made.
 */
@ExtendWith(TimescaleExtension.class)
class ImportTimescaleIT {
  @Test
  void importRoundTrip_hypertablesPoliciesAndAggregate_resetDatabaseEndsEqual(
      TimescaleServer server) throws Exception {
    execute(server, resource("import/timescale.sql"));
    try (ImportFlow flow = new ImportFlow("import-timescale", "--url", server.url())) {
      flow.importAndCompile();
      for (String object : new String[] {"view bad_reading", "function sensor_model_upper()",
          "trigger sensor.sensor_model"}) {
        assertTrue(flow.importOutput().contains("\n  " + object + "\n"), flow.importOutput());
      }
      String reading = flow.source(ImportFlow.MODEL, "Reading");
      assertTrue(reading.contains("compression = @Compression(segmentBy = \"sensor_id\", "
          + "orderBy = \"ts DESC\", after = \"7 days\")"), reading);
      assertTrue(flow.source(ImportFlow.MODEL, "ReadingHourly").contains("startOffset = "
          + "\"3 days\""), flow.source(ImportFlow.MODEL, "ReadingHourly"));
      assertTrue(flow.source(ImportFlow.MODEL, "Event").contains("partitionColumn = "
          + "\"sensor_no\""), flow.source(ImportFlow.MODEL, "Event"));
      flow.stampAndCheckDrift();

      Catalog imported = catalog(server);
      TimescaleCatalog before = timescaleCatalog(server);
      server.reset();
      Migrator migrator = flow.migrator(server.url(), null, null);
      migrator.upgrade("head");
      assertEquals(imported, catalog(server));
      assertEquals(before.withoutChunks().toString(), timescaleCatalog(server).toString());
      assertEquals(java.util.List.of(), migrator.drift().differences());
    }
  }

  private static Catalog catalog(TimescaleServer server) throws SQLException {
    try (Connection c = server.connect()) {
      return CatalogReader.read(c, "public", "tidemark_version");
    }
  }

  private static TimescaleCatalog timescaleCatalog(TimescaleServer server) throws SQLException {
    try (Connection c = server.connect()) {
      return TimescaleCatalog.read(c);
    }
  }

  private static void execute(TimescaleServer server, String sql) throws SQLException {
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ImportTimescaleIT.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
