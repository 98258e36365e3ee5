package io.tidemark.it.timescale;

import io.tidemark.it.ItPaths;
import io.tidemark.testing.TimescaleServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Notes which TimescaleDB these tests ran on, once per run, in
 * {@code target/work/timescale-server/server.txt}, where {@code .ci/run} reads it for its summary.
 */
final class ServerRecord {
  private static boolean written;

  private ServerRecord() {}

  /** Call while holding the server (inside a test that uses {@code TimescaleExtension}). */
  static synchronized void write(TimescaleServer server) throws SQLException {
    if (written) {
      return;
    }
    Path file = ItPaths.freshWorkDir("timescale-server").resolve("server.txt");
    try {
      Files.writeString(file, server.source() + " TimescaleDB " + server.version() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    written = true;
  }
}
