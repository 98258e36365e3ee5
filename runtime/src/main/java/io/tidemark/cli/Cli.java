package io.tidemark.cli;

import io.tidemark.ErrorCode;
import io.tidemark.TidemarkException;
import io.tidemark.internal.picocli.CommandLine;
import io.tidemark.internal.picocli.CommandLine.ParameterException;
import io.tidemark.internal.picocli.CommandLine.UnmatchedArgumentException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs one command line: parses it, runs the command, and turns errors into one line each (a
 * stack trace only with {@code --verbose}) and the documented exit codes. No message carries
 * a password: the runtime builds its messages from URLs with the password hidden, and a
 * command-line error names options, never the values that follow an unknown one.
 */
public final class Cli {
  public static final int ERROR = 1;
  public static final int USAGE = 2;
  public static final int CHECK_FAILED = StatusCommands.CHECK_FAILED;

  /** Runtime errors caused by the command line itself: a target or URL that cannot work. */
  private static final Set<ErrorCode> USAGE_CODES = EnumSet.of(ErrorCode.TM113, ErrorCode.TM140);

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
    // An argument such as "--password @x" is a password, not a file of arguments to read.
    line.setExpandAtFiles(false);
    line.setParameterExceptionHandler((error, arguments) -> {
      String message = usage(error);
      err.println("ERROR " + message + (message.matches(".*[.?]") ? "" : ".") + " See '"
          + error.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      err.flush();
      return USAGE;
    });
    line.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
      report(root, error, out, err);
      return error instanceof TidemarkException t && USAGE_CODES.contains(t.code())
          ? USAGE : ERROR;
    });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The command-line error on one line. An unknown option is named without its value, and
   * other unmatched arguments are not repeated: after a misspelt {@code --password} they are
   * the password.
   */
  static String usage(ParameterException error) {
    if (!(error instanceof UnmatchedArgumentException unmatched)) {
      return error.getMessage();
    }
    List<String> arguments = unmatched.getUnmatched();
    String first = arguments.isEmpty() ? "" : arguments.get(0);
    List<String> suggestions = unmatched.getSuggestions();
    if (first.startsWith("-")) {
      int equals = first.indexOf('=');
      return "Unknown option '" + (equals < 0 ? first : first.substring(0, equals)) + "'."
          + (suggestions.isEmpty() ? "" : " Did you mean " + String.join(" or ", suggestions)
          + "?");
    }
    if (!suggestions.isEmpty()) {
      // A misspelt command: it is close to a command name, so it is no secret.
      String command = error.getCommandLine().getCommandSpec().qualifiedName();
      return "Unknown command '" + first + "'. Did you mean: " + command + " "
          + String.join(" or " + command + " ", suggestions) + "?";
    }
    return arguments.size() + " argument(s) more than the command takes.";
  }

  private static void report(TidemarkCommand root, Exception error, PrintWriter out,
      PrintWriter err) {
    if (error instanceof TidemarkException t && root.json) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("code", t.code().name());
      details.put("message", t.reason());
      details.put("revision", t.revision());
      details.put("statement", t.statement());
      details.put("sqlState", t.sqlState());
      details.put("vendorCode", t.vendorCode());
      out.println(Json.write(Map.of("error", details)));
      out.flush();
    } else {
      err.println("ERROR " + (error instanceof TidemarkException ? error.getMessage()
          : "unexpected " + error));
    }
    if (root.verbose) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
  }
}
