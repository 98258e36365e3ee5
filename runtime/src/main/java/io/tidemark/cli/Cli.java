package io.tidemark.cli;

import io.tidemark.TidemarkException;
import io.tidemark.executor.Connector;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import io.tidemark.internal.picocli.CommandLine;

/**
 * Runs one command line: parses it, runs the command, and turns errors into one masked line
 * per error (a stack trace only with {@code --verbose}) and the documented exit codes.
 */
public final class Cli {
  public static final int ERROR = 1;
  public static final int USAGE = 2;
  public static final int CHECK_FAILED = StatusCommands.CHECK_FAILED;

  private Cli() {}

  /** Starts loading, on other threads, the classes a command will need (see {@link Warmup}). */
  public static void warmUp(ClassLoader loader) {
    Warmup.start(loader);
  }

  /** Runs {@code args} with this environment; returns the exit code. */
  public static int run(String[] args, Map<String, String> environment, PrintWriter out,
      PrintWriter err) {
    TidemarkCommand root = new TidemarkCommand();
    root.environment = environment;
    CommandLine line = CliModel.build(root, args);
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
      report(root, error, out, err);
      return ERROR;
    });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static void report(TidemarkCommand root, Exception error, PrintWriter out,
      PrintWriter err) {
    String secret = root.secret();
    if (error instanceof TidemarkException t && root.json) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("code", t.code().name());
      details.put("message", Connector.mask(t.reason(), secret));
      details.put("revision", t.revision());
      details.put("statement", t.statement());
      details.put("sqlState", t.sqlState());
      details.put("vendorCode", t.vendorCode());
      out.println(Json.write(Map.of("error", details)));
      out.flush();
    } else {
      String message = error instanceof TidemarkException ? error.getMessage()
          : "unexpected " + error;
      err.println("ERROR " + Connector.mask(message, secret));
    }
    if (root.verbose) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      err.print(Connector.mask(trace.toString(), secret));
    }
    err.flush();
  }
}
