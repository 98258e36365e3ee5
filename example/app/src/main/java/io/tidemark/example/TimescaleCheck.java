package io.tidemark.example;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Decides whether the server can take the metrics set: TimescaleDB 2.13 or later must be
 * available, and {@code CREATE EXTENSION} must succeed. Says why not otherwise, before any
 * metrics revision runs, so that none is ever half applied.
 */
final class TimescaleCheck {
  private static final int MIN_MAJOR = 2;
  private static final int MIN_MINOR = 13;

  private TimescaleCheck() {}

  /** Enables the extension and returns empty, or returns why the server cannot have it. */
  static Optional<String> enable(Connection connection) throws SQLException {
    String version;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT coalesce(installed_version, default_version)"
            + " FROM pg_available_extensions WHERE name = 'timescaledb'")) {
      if (!rs.next()) {
        return Optional.of("TimescaleDB is not available on this server");
      }
      version = rs.getString(1);
    }
    if (!atLeastMinimum(version)) {
      return Optional.of("TimescaleDB " + version + " on this server is older than "
          + MIN_MAJOR + "." + MIN_MINOR);
    }
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS timescaledb");
    } catch (SQLException e) {
      return Optional.of("TimescaleDB " + version + " is installed on this server but "
          + "cannot be enabled (" + e.getMessage().strip() + ")");
    }
    return Optional.empty();
  }

  /** Whether {@code version} ({@code "2.23.0"}, {@code "2.23.0-dev"}) is 2.13 or later. */
  static boolean atLeastMinimum(String version) {
    String[] parts = version.split("[.-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > MIN_MAJOR || (major == MIN_MAJOR && minor >= MIN_MINOR);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
