package io.tidemark.testing;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs psql, PostgreSQL's own client (from the PATH), on an SQL file against the database a
 * JDBC URL names, the way a DBA applies Tidemark's offline SQL.
 */
public final class Psql {
  /** psql's exit code and everything it printed. */
  public record Result(int exit, String output) {}

  private Psql() {}

  /**
   * Runs {@code psql -X -q OPTIONS -f FILE}. The user and password are the URL's {@code user}
   * and {@code password} parameters unless given here; its {@code sslmode} is passed on.
   */
  public static Result run(String jdbcUrl, String user, String password, Path file,
      String... options) throws IOException, InterruptedException {
    String rest = jdbcUrl.substring("jdbc:postgresql://".length());
    int question = rest.indexOf('?');
    Map<String, String> parameters = parameters(question < 0 ? "" : rest.substring(question + 1));
    String hostPortDb = question < 0 ? rest : rest.substring(0, question);
    int slash = hostPortDb.indexOf('/');
    String hostPort = hostPortDb.substring(0, slash);
    int colon = hostPort.lastIndexOf(':');
    List<String> command = new ArrayList<>(List.of("psql", "-X", "-q",
        "-h", colon < 0 ? hostPort : hostPort.substring(0, colon),
        "-p", colon < 0 ? "5432" : hostPort.substring(colon + 1),
        "-U", user != null ? user : parameters.getOrDefault("user", "postgres"),
        "-d", hostPortDb.substring(slash + 1)));
    command.addAll(List.of(options));
    command.addAll(List.of("-f", file.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
    builder.environment().put("PGPASSWORD",
        password != null ? password : parameters.getOrDefault("password", ""));
    if (parameters.containsKey("sslmode")) {
      builder.environment().put("PGSSLMODE", parameters.get("sslmode"));
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("psql did not finish within 120 s:\n" + output);
    }
    return new Result(process.exitValue(), output);
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> parameters = new HashMap<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        parameters.put(pair.substring(0, equals),
            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
      }
    }
    return parameters;
  }
}
