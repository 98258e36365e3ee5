package io.tidemark.cli;

import io.tidemark.testing.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the CLI in this JVM against one test database and captures what it prints. */
final class CliRunner {
  record Result(int code, String out, String err) {}

  private final PostgresServer server = PostgresServer.get();
  private final String url;

  CliRunner(String url) {
    this.url = url;
  }

  /** Runs with {@code --url} and credentials of the test database appended. */
  Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--url", url, "--user", server.user(), "--password", server.password()));
    return raw(Map.of(), all.toArray(String[]::new));
  }

  /** Runs exactly these arguments with this environment. */
  static Result raw(Map<String, String> environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(args, environment, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
