package io.tidemark.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts PGlite with TimescaleDB ({@code runtime/src/test/pglite/server.mjs}) under
 * {@code node} on a free 127.0.0.1 port, once per JVM. The npm packages are installed with
 * {@code npm ci} from the committed lock into {@code TIDEMARK_PGLITE_DIR}, or else into
 * {@code runtime/target/pglite}; an installation whose {@code installed-lock.json} equals the
 * committed lock is reused as it is ({@code .ci/run} prepares one).
 */
final class TimescalePglite {
  static final String DIR_VARIABLE = "TIDEMARK_PGLITE_DIR";
  static final String INSTALLED_LOCK = "installed-lock.json";
  private static final List<String> FILES = List.of("package.json", "package-lock.json", "server.mjs");
  private static final long READY_TIMEOUT_SECONDS = 120;
  private static final long INSTALL_TIMEOUT_SECONDS = 600;

  private TimescalePglite() {}

  static TimescaleServer start() throws TimescaleServer.Unavailable {
    String nodeVersion = run(List.of("node", "--version"), null);
    if (nodeVersion == null) {
      throw new TimescaleServer.Unavailable("set " + TimescaleServer.URL_VARIABLE
          + " to a TimescaleDB JDBC URL, or put node (20 or later) and npm on the PATH for PGlite");
    }
    Path dir = installDirectory();
    int port = freePort();
    Process process;
    try {
      process = new ProcessBuilder("node", "server.mjs", Integer.toString(port))
          .directory(dir.toFile())
          .redirectError(dir.resolve("server.log").toFile())
          .start();
    } catch (IOException e) {
      throw new TimescaleServer.Unavailable("could not run node in " + dir + ": " + e.getMessage());
    }
    OutputStream keepAlive = process.getOutputStream();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process, keepAlive)));
    awaitReady(process, dir);
    String url = "jdbc:postgresql://127.0.0.1:" + port
        + "/postgres?user=postgres&password=postgres&sslmode=disable&prepareThreshold=0";
    TimescaleServer server = new TimescaleServer(url, "PGlite", true);
    try (Connection c = DriverManager.getConnection(url)) {
      c.isValid(10);
    } catch (SQLException e) {
      throw new TimescaleServer.Unavailable("PGlite started but refuses JDBC connections on port "
          + port + ": " + e.getMessage());
    }
    server.createExtension();
    return server;
  }

  /** Stops the server; it also exits by itself when its standard input closes with the JVM. */
  private static void stop(Process process, OutputStream keepAlive) {
    try {
      keepAlive.close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException | InterruptedException e) {
      process.destroyForcibly();
    }
  }

  private static void awaitReady(Process process, Path dir) throws TimescaleServer.Unavailable {
    BlockingQueue<String> ready = new ArrayBlockingQueue<>(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("READY ")) {
            ready.offer(line);
          }
        }
      } catch (IOException e) {
        // the process ended; awaitReady reports it
      }
      ready.offer("EXIT");
    }, "pglite-stdout");
    reader.setDaemon(true);
    reader.start();
    String line;
    try {
      line = ready.poll(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      line = null;
    }
    if (line == null || !line.startsWith("READY ")) {
      process.destroyForcibly();
      throw new TimescaleServer.Unavailable("PGlite did not start within " + READY_TIMEOUT_SECONDS
          + " s; see " + dir.resolve("server.log"));
    }
  }

  private static Path installDirectory() throws TimescaleServer.Unavailable {
    Path sources = findSources();
    String configured = System.getenv(DIR_VARIABLE);
    Path dir = configured != null && !configured.isBlank()
        ? Paths.get(configured).toAbsolutePath()
        : sources == null ? null : sources.resolve("../../../target/pglite").normalize();
    if (dir == null) {
      throw new TimescaleServer.Unavailable("cannot find runtime/src/test/pglite above "
          + Paths.get("").toAbsolutePath() + "; set " + DIR_VARIABLE
          + " to a folder prepared by .ci/run");
    }
    try {
      Files.createDirectories(dir);
      if (sources == null) {
        if (!Files.isRegularFile(dir.resolve("server.mjs")) || !Files.isDirectory(dir.resolve("node_modules"))) {
          throw new TimescaleServer.Unavailable(DIR_VARIABLE + "=" + dir
              + " holds no PGlite installation (server.mjs and node_modules); run .ci/run");
        }
        return dir;
      }
      for (String file : FILES) {
        Files.copy(sources.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
      }
      byte[] lock = Files.readAllBytes(sources.resolve("package-lock.json"));
      Path installed = dir.resolve(INSTALLED_LOCK);
      boolean current = Files.isRegularFile(installed) && Arrays.equals(lock, Files.readAllBytes(installed))
          && Files.isDirectory(dir.resolve("node_modules"));
      if (!current) {
        if (run(List.of("npm", "ci", "--no-audit", "--no-fund"), dir) == null) {
          throw new TimescaleServer.Unavailable("npm ci failed in " + dir
              + " (npm on the PATH and access to the npm registry are needed); see "
              + dir.resolve("npm.log"));
        }
        Files.write(installed, lock);
      }
      return dir;
    } catch (IOException e) {
      throw new TimescaleServer.Unavailable("could not prepare " + dir + ": " + e.getMessage());
    }
  }

  /** {@code runtime/src/test/pglite} of this checkout, searched from the working directory up. */
  private static Path findSources() {
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      for (Path candidate : List.of(p.resolve("src/test/pglite"), p.resolve("runtime/src/test/pglite"))) {
        if (Files.isRegularFile(candidate.resolve("server.mjs"))
            && candidate.toAbsolutePath().normalize().endsWith(Paths.get("runtime/src/test/pglite"))) {
          return candidate.toAbsolutePath().normalize();
        }
      }
    }
    return null;
  }

  /** Runs a command and returns its output, or {@code null} when it is missing or fails. */
  private static String run(List<String> command, Path dir) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (dir != null) {
        builder.directory(dir.toFile()).redirectOutput(dir.resolve("npm.log").toFile());
      }
      Process process = builder.start();
      process.getOutputStream().close();
      String output = dir == null ? new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
      if (!process.waitFor(INSTALL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return null;
      }
      return process.exitValue() == 0 ? output.trim() : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static int freePort() throws TimescaleServer.Unavailable {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new TimescaleServer.Unavailable("no free port on 127.0.0.1: " + e.getMessage());
    }
  }
}
