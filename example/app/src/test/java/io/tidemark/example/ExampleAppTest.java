package io.tidemark.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The example on plain PostgreSQL named by DATABASE_URL, in both URL forms. */
class ExampleAppTest {
  static final String APP_HISTORY = """
      0004_ec7f37 -> 0005_7803e8 (head), rename ingestions.source_credentials to credentials_json
      0003_2856d3 -> 0004_ec7f37, create index twap_status_asset_idx
      0002_2c846c -> 0003_2856d3, add processed_files.file_name
      0001_2af59b -> 0002_2c846c, create table retry_policies
      <base> -> 0001_2af59b, create table etl_s3_ingest_log, create table ingestion_runs and 3 more changes
      """;
  static final String METRICS_HISTORY = """
      0002_566239 -> 0003_200030 (head), create continuous aggregate ingestion_metrics_hourly
      0001_d2f6d3 -> 0002_566239, remove compression policy of ingestion_metrics, add compression policy of ingestion_metrics and 1 more change
      <base> -> 0001_d2f6d3, create table ingestion_metrics
      """;
  static final String SKIPPED = "TimescaleDB is not available on this server: skipping the "
      + "metrics (TimescaleDB) migration set (3 revisions). Use a server with TimescaleDB 2.13+ "
      + "(set DATABASE_URL) to apply it.\n";

  private final PostgresServer server = PostgresServer.get();

  record Run(int code, String out, String err) {}

  static Run run(String databaseUrl) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ExampleApp.run(Map.of("DATABASE_URL", databaseUrl), new PrintWriter(out),
        new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void run_libpqUrlWithoutTimescale_appliesTheAppSetAndSaysWhyMetricsAreSkipped()
      throws Exception {
    String jdbc = server.createDatabase("example");
    String libpq = jdbc.replace("jdbc:postgresql://", "postgresql://" + server.user() + ":"
        + server.password() + "@");
    Run run = run(libpq);
    assertEquals(0, run.code(), run.err());
    assertEquals("", run.err());
    assertFalse(run.out().contains(server.password() + "@"), run.out());
    String[] lines = run.out().split("\n", 3);
    assertEquals(SKIPPED, lines[1] + "\n", run.out());
    assertTrue(run.out().contains("Applied 5 revisions in "), run.out());
    assertTrue(run.out().contains("tidemark_version\n0005_7803e8 (head), rename "
        + "ingestions.source_credentials to credentials_json\n"), run.out());
    assertTrue(run.out().contains("tidemark_version\n" + APP_HISTORY), run.out());
    assertTrue(run.out().contains("tidemark_version_metrics\nbase (no revision applied)\n"),
        run.out());
    assertTrue(run.out().endsWith("tidemark_version_metrics\n" + METRICS_HISTORY), run.out());
    try (Connection c = server.connectUrl(jdbc)) {
      assertEquals(List.of("etl_s3_ingest_log", "ingestion_runs", "ingestions",
          "processed_files", "retry_policies", "tidemark_version", "twap_status"), tables(c));
      assertEquals(List.of("twap_status_asset_idx", "twap_status_pkey",
          "twap_status_twap_id_idx", "twap_status_wallet_ts_idx"), strings(c,
          "SELECT indexname FROM pg_indexes WHERE tablename = 'twap_status' ORDER BY 1"));
      assertEquals(List.of("NO"), strings(c, "SELECT is_nullable FROM "
          + "information_schema.columns WHERE table_name = 'processed_files'"
          + " AND column_name = 'file_name'"));
    }
  }

  @Test
  void run_unreachableServer_printsOneErrorLineAndExitsOne() {
    Run run = run("postgresql://nobody:secret@127.0.0.1:1/none?connectTimeout=1");
    assertEquals(1, run.code());
    assertTrue(run.err().startsWith("ERROR [TM141] "), run.err());
    assertFalse(run.err().contains("secret"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  static List<String> tables(Connection c) throws Exception {
    return strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
  }

  static List<String> strings(Connection c, String sql) throws Exception {
    List<String> result = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }
}
