package io.tidemark;

import io.tidemark.catalog.Catalog;
import io.tidemark.catalog.CatalogReader;
import io.tidemark.catalog.DriftDiffer;
import io.tidemark.catalog.Unmodelled;
import io.tidemark.chain.RevisionGraph;
import io.tidemark.executor.Connector;
import io.tidemark.history.AppliedState;
import io.tidemark.history.VersionTable;
import io.tidemark.lock.AdvisoryLock;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.SnapshotCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code check --drift} and {@code requireNoDrift}: under the migration lock, so no run is
 * half way, reads which revision the database is at and its live catalog, and compares the
 * catalog with that revision's model, the snapshot the processor put on the class path.
 */
final class DriftCommand {
  private final CommandContext context;

  DriftCommand(CommandContext context) {
    this.context = context;
  }

  Drift drift() {
    Connector connector = context.connector();
    AdvisoryLock lock = context.lock();
    Connection connection = connector.connect();
    try {
      connection.setAutoCommit(true);
      lock.acquire(connection);
      try {
        return compare(connection);
      } finally {
        lock.release(connection);
      }
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM133, "Reading the catalog of "
          + connector.shownUrl() + " failed: " + e.getMessage() + ".", e);
    } finally {
      try {
        connection.close();
      } catch (SQLException e) {
        // the comparison's result or error stands
      }
    }
  }

  /** The live catalog, read without the lock: {@link Migrator#liveSchema()}. */
  LiveSchema liveSchema() {
    Connector connector = context.connector();
    try (Connection connection = connector.connect()) {
      Catalog catalog = CatalogReader.read(connection,
          context.settings().versionSchema, context.settings().versionTable);
      Map<String, String> others = new LinkedHashMap<>();
      for (Unmodelled object : catalog.unmodelled()) {
        others.put(object.describe(), object.sql());
      }
      return new LiveSchema(catalog.schema(), catalog.automaticIndexes(), others);
    } catch (SQLException e) {
      throw new TidemarkException(ErrorCode.TM133, "Reading the catalog of "
          + connector.shownUrl() + " failed: " + e.getMessage() + ".", e);
    }
  }

  Drift requireNoDrift() {
    Drift drift = drift();
    if (!drift.none()) {
      StringBuilder lines = new StringBuilder();
      for (Drift.Difference difference : drift.differences()) {
        lines.append("\n  ").append(difference);
      }
      throw new TidemarkException(ErrorCode.TM160, "The database at " + drift.revision()
          + " differs from the model of that revision in " + drift.differences().size()
          + " place(s):" + lines + "\nSomething changed the schema outside Tidemark: undo the "
          + "change, or declare it in the entities and let a revision apply it.",
          drift.revision(), null, null);
    }
    return drift;
  }

  private Drift compare(Connection connection) throws SQLException {
    VersionTable table = context.table();
    List<AppliedRevision> rows = rows(connection, table);
    AppliedState state = context.validator().state(rows);
    if (!state.inconsistencies().isEmpty()) {
      throw AppliedState.error(state.inconsistencies(), "");
    }
    List<String> heads = state.heads();
    if (heads.size() > 1) {
      throw new TidemarkException(ErrorCode.TM161, "The database is at " + heads.size()
          + " heads (" + String.join(", ", heads) + "); the drift check compares a database at "
          + "one revision. Run 'upgrade heads' to apply the merge revision first.", null, null,
          null);
    }
    Schema model = heads.isEmpty() ? Schema.EMPTY : model(heads.get(0));
    Catalog catalog = CatalogReader.read(connection,
        context.settings().versionSchema, context.settings().versionTable);
    String revision = heads.isEmpty() ? "base" : heads.get(0);
    return new Drift(revision, DriftDiffer.diff(model, catalog, connection));
  }

  private static List<AppliedRevision> rows(Connection connection, VersionTable table)
      throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(table.selectSql())) {
      return table.read(result).applied();
    } catch (SQLException e) {
      if (VersionTable.missing(e)) {
        return List.of();
      }
      throw e;
    }
  }

  /** The snapshot resource beside the class of revision {@code id}. */
  private Schema model(String id) {
    RevisionGraph<RevisionNode> chain = context.chain();
    Class<?> type = chain.get(id).migration().getClass();
    String resource = type.getSimpleName() + ".snapshot.json";
    try (InputStream in = type.getResourceAsStream(resource)) {
      if (in == null) {
        boolean head = chain.heads().contains(id);
        throw new TidemarkException(ErrorCode.TM161, "The class path holds no model of revision "
            + id + " (" + type.getPackageName().replace('.', '/') + "/" + resource + "). "
            + (head ? "Build the revisions with this version of the Tidemark processor, which "
            + "puts the model of the head revision next to its class."
            : "The build puts the model of the head revision only on the class path; upgrade "
            + "the database to head, then check for drift."), id, null, null);
      }
      return SnapshotCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | IllegalArgumentException e) {
      throw new TidemarkException(ErrorCode.TM161, "The model of revision " + id + " ("
          + resource + ") cannot be read: " + e.getMessage() + ". Rebuild the revisions.", id,
          null, null);
    }
  }
}
