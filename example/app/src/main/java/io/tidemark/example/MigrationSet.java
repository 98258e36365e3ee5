package io.tidemark.example;

import io.tidemark.Migrator;
import java.util.ArrayList;
import java.util.List;

/**
 * One chain of revisions with its own version table: the example keeps its plain PostgreSQL
 * tables and its TimescaleDB tables apart, so a server without TimescaleDB still gets the
 * first set in full.
 */
record MigrationSet(String name, String revisionPackage, String versionTable) {
  static final MigrationSet APP =
      new MigrationSet("ingestion service", "io.tidemark.example.db", "tidemark_version");
  static final MigrationSet METRICS = new MigrationSet(
      "metrics (TimescaleDB)", "io.tidemark.example.metrics.db", "tidemark_version_metrics");

  /** The CLI arguments that select this set on the database at {@code url}. */
  List<String> cliArguments(String url, String... command) {
    List<String> arguments = new ArrayList<>(List.of(command));
    arguments.addAll(List.of("--url", url, "--revision-package", revisionPackage,
        "--version-table", versionTable));
    return arguments;
  }

  /** How many revisions the set holds (read from the code, no database needed). */
  int revisionCount() {
    return Migrator.builder().revisionPackage(revisionPackage).build().history(null).size();
  }
}
