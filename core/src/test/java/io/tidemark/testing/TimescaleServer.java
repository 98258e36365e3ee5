package io.tidemark.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One TimescaleDB server per test JVM, found in this order: the JDBC URL in
 * {@code TIDEMARK_TEST_TIMESCALE_URL} (user and password as URL parameters; the database is
 * wiped by {@link #reset()}), then PGlite with TimescaleDB run by {@code node} (see
 * {@link TimescalePglite}). When neither is available the calling test is skipped with the
 * reason, or fails when the environment variable {@code CI} is {@code true}, so CI never goes
 * green without running them.
 *
 * <p>PGlite serves a single session, so every test holds {@link #lock()} while it uses the
 * server and opens one connection at a time; {@link TimescaleExtension} does both.
 */
public final class TimescaleServer {
  static final String URL_VARIABLE = "TIDEMARK_TEST_TIMESCALE_URL";
  private static final ReentrantLock LOCK = new ReentrantLock();
  private static TimescaleServer instance;
  private static String unavailable;
  private static RuntimeException broken;

  private final String url;
  private final String source;
  private final boolean singleSession;

  TimescaleServer(String url, String source, boolean singleSession) {
    this.url = url;
    this.source = source;
    this.singleSession = singleSession;
  }

  /**
   * The shared server, started on first use. Aborts the calling test (an assumption) when no
   * TimescaleDB is available, or fails it when {@code CI=true}.
   */
  public static synchronized TimescaleServer get() {
    if (broken != null) {
      throw broken;
    }
    if (instance == null && unavailable == null) {
      try {
        instance = resolve();
      } catch (Unavailable e) {
        unavailable = e.getMessage();
      } catch (RuntimeException e) {
        broken = e; // a server that exists but does not work fails every test, once started
        throw e;
      }
    }
    if (instance == null) {
      String reason = "no TimescaleDB for this test: " + unavailable;
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(reason + " (CI=true: TimescaleDB tests may not be skipped)");
      }
      Assumptions.abort(reason);
    }
    return instance;
  }

  private static TimescaleServer resolve() throws Unavailable {
    String url = System.getenv(URL_VARIABLE);
    if (url != null && !url.isBlank()) {
      TimescaleServer server = new TimescaleServer(url.trim(), URL_VARIABLE, false);
      server.createExtension();
      return server;
    }
    return TimescalePglite.start();
  }

  /** Makes sure the extension is there; a server without it is a configuration error. */
  void createExtension() {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS timescaledb");
    } catch (SQLException e) {
      throw new IllegalStateException("the TimescaleDB server from " + source
          + " does not provide the timescaledb extension: " + e.getMessage(), e);
    }
  }

  /** The JVM-wide lock that serializes tests on this server; hold it while connected. */
  public ReentrantLock lock() {
    return LOCK;
  }

  /** JDBC URL with credentials; open at most one connection at a time. */
  public String url() {
    return url;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  /** Where the server came from: the environment variable, or {@code "PGlite"}. */
  public String source() {
    return source;
  }

  /** Whether all connections share one session (PGlite): concurrency tests belong elsewhere. */
  public boolean singleSession() {
    return singleSession;
  }

  /** The TimescaleDB version, for example {@code "2.23.0-dev"}. */
  public String version() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(
            "SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'")) {
      rs.next();
      return rs.getString(1);
    }
  }

  /**
   * Drops everything tests can have created: continuous aggregates, then hypertables one per
   * statement (TimescaleDB refuses several in one DROP), then every user schema, then user
   * relations, types and routines of {@code public}; extension objects stay. On a
   * single-session server it also discards the state earlier tests left in the session
   * (settings, prepared statements, temporary tables).
   */
  public void reset() throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      c.setAutoCommit(true);
      if (singleSession) {
        // DISCARD ALL would also reset PGlite's search_path to pg_catalog, hiding the extension
        s.execute("DEALLOCATE ALL");
        s.execute("DISCARD TEMP");
        s.execute("RESET ALL");
        s.execute("SET search_path TO public");
      }
      for (String view : strings(s, "SELECT format('%I.%I', view_schema, view_name)"
          + " FROM timescaledb_information.continuous_aggregates")) {
        s.execute("DROP MATERIALIZED VIEW IF EXISTS " + view + " CASCADE");
      }
      for (String table : strings(s, "SELECT format('%I.%I', hypertable_schema, hypertable_name)"
          + " FROM timescaledb_information.hypertables")) {
        s.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
      }
      for (String schema : strings(s, "SELECT quote_ident(nspname) FROM pg_namespace n"
          + " WHERE nspname NOT IN ('public', 'information_schema')"
          + " AND nspname NOT LIKE 'pg\\_%' AND nspname NOT LIKE '\\_timescaledb%'"
          + " AND nspname NOT LIKE 'timescaledb%' AND " + notExtension("pg_namespace", "n.oid"))) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      for (String drop : strings(s, "SELECT 'DROP ' || CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN"
          + " 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE'"
          + " ELSE 'TABLE' END || ' IF EXISTS ' || c.oid::regclass || ' CASCADE'"
          + " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
          + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND " + notExtension("pg_class", "c.oid")
          + " ORDER BY c.relkind = 'S'")) {
        s.execute(drop);
      }
      for (String drop : strings(s, "SELECT 'DROP TYPE IF EXISTS ' || t.oid::regtype || ' CASCADE'"
          + " FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')"
          + " AND " + notExtension("pg_type", "t.oid"))) {
        s.execute(drop);
      }
      for (String drop : strings(s, "SELECT 'DROP ROUTINE IF EXISTS ' || p.oid::regprocedure || ' CASCADE'"
          + " FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
          + " AND " + notExtension("pg_proc", "p.oid"))) {
        s.execute(drop);
      }
    }
  }

  private static String notExtension(String catalog, String oid) {
    return "NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '" + catalog
        + "'::regclass AND d.objid = " + oid + " AND d.deptype = 'e')";
  }

  private static List<String> strings(Statement s, String query) throws SQLException {
    List<String> result = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        result.add(rs.getString(1));
      }
    }
    return result;
  }

  /** Why no server could be provided; becomes the skip (or CI failure) reason. */
  static final class Unavailable extends Exception {
    Unavailable(String reason) {
      super(reason);
    }
  }
}
