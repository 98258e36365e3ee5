package io.tidemark;

import io.tidemark.catalog.CatalogReader;
import io.tidemark.catalog.Unmodelled;
import io.tidemark.executor.Connector;
import io.tidemark.importer.ImportPlan;
import io.tidemark.importer.ImportSources;
import io.tidemark.importer.Teardown;
import io.tidemark.registry.RevisionSourceWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import} and {@code revision --unmodelled}: read the live catalog (the drift check's
 * reader) and write entity classes for what the model expresses, or one hand-written revision
 * on the head that creates what it does not. Nothing is written when reading or checking fails.
 */
final class ImportCommand {
  private final CommandContext context;

  ImportCommand(CommandContext context) {
    this.context = context;
  }

  ImportResult entities(Path sourceRoot, String packageName, boolean force) {
    ImportSources sources = new ImportSources(sourceRoot, packageName);
    ImportPlan plan = plan();
    List<Path> files = sources.write(plan.schema(), force);
    return new ImportResult(files, plan.unmodelled().stream().map(Unmodelled::describe).toList());
  }

  ImportResult unmodelled(Path sourceRoot, String revisionPackage, String message) {
    RevisionSourceWriter writer = new RevisionSourceWriter(sourceRoot, revisionPackage);
    List<Unmodelled> objects = plan().unmodelled();
    List<String> described = objects.stream().map(Unmodelled::describe).toList();
    if (objects.isEmpty()) {
      return new ImportResult(List.of(), described);
    }
    List<String> upgrade = new ArrayList<>();
    List<String> downgrade = new ArrayList<>();
    for (Unmodelled object : objects) {
      upgrade.add("-- " + object.describe());
      upgrade.add(object.sql());
    }
    for (int i = objects.size() - 1; i >= 0; i--) {
      downgrade.add(Teardown.drop(objects.get(i)));
    }
    Path file = writer.write(context.chain(), message, upgrade, downgrade);
    return new ImportResult(List.of(file), described);
  }

  private ImportPlan plan() {
    Connector connector = context.connector();
    Connection connection = connector.connect();
    try {
      connection.setAutoCommit(true);
      return ImportPlan.of(CatalogReader.read(connection, context.settings().versionSchema,
          context.settings().versionTable));
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM133, "Reading the catalog of "
          + connector.shownUrl() + " failed: " + e.getMessage() + ". Import with a user that "
          + "may read the system catalogs of every schema to import.", e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // what was read, or the error, stands
      }
    }
  }
}
