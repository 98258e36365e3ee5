package io.tidemark.example;

import io.tidemark.cli.Cli;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The README's main command: migrates the ingestion service's database and shows where it
 * stands. Uses the server in {@code DATABASE_URL}, or starts an embedded PostgreSQL. Applies
 * the plain PostgreSQL set ({@code upgrade head}), then the TimescaleDB metrics set where the
 * extension exists, and prints {@code current} and {@code history} of both through the
 * Tidemark CLI. Exit code 0 on success, otherwise the CLI's code.
 */
public final class ExampleApp {
  private ExampleApp() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
    int code = run(System.getenv(), out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the example against the database the environment names; returns the exit code. */
  static int run(Map<String, String> environment, PrintWriter out, PrintWriter err) {
    try (Database database = Database.open(environment)) {
      out.println("Database: " + database.shown());
      Optional<String> noTimescale;
      try (Connection connection = database.connect()) {
        noTimescale = TimescaleCheck.enable(connection);
      }
      noTimescale.ifPresent(reason -> out.println(reason + ": skipping the "
          + MigrationSet.METRICS.name() + " migration set ("
          + MigrationSet.METRICS.revisionCount() + " revisions). Use a server with "
          + "TimescaleDB 2.13+ (set DATABASE_URL) to apply it."));
      List<MigrationSet> sets = noTimescale.isPresent()
          ? List.of(MigrationSet.APP) : List.of(MigrationSet.APP, MigrationSet.METRICS);
      for (MigrationSet set : sets) {
        int code = cli(set, database, environment, out, err, "upgrade", "head");
        if (code != 0) {
          return code;
        }
      }
      for (MigrationSet set : List.of(MigrationSet.APP, MigrationSet.METRICS)) {
        for (String command : List.of("current", "history")) {
          int code = cli(set, database, environment, out, err, command);
          if (code != 0) {
            return code;
          }
        }
      }
      return 0;
    } catch (Exception e) {
      err.println("ERROR " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      err.flush();
      return Cli.ERROR;
    }
  }

  private static int cli(MigrationSet set, Database database, Map<String, String> environment,
      PrintWriter out, PrintWriter err, String... command) {
    List<String> arguments = set.cliArguments(database.url(), command);
    out.println();
    out.println("== " + set.name() + ": tidemark " + String.join(" ", command)
        + " --revision-package " + set.revisionPackage() + " --version-table "
        + set.versionTable());
    out.flush();
    return Cli.run(arguments.toArray(String[]::new), environment, out, err);
  }
}
