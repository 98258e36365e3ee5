package io.tidemark.executor;

import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.dialect.PostgresDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs again a step outside a transaction that a stopped run was in the middle of, so that the
 * run converges: an index build that finished is not repeated, one left INVALID is dropped
 * and built again (a hypertable's, built one chunk per transaction, with its chunks' indexes),
 * an index drop that finished is not repeated, a validation runs again (it changes nothing
 * until it completes). A step written by hand runs again as written; when that fails, the
 * error says the stopped run may have done part of it.
 */
final class StoppedStep {
  private final Connection connection;
  private final Scripts scripts;

  StoppedStep(Connection connection, Scripts scripts) {
    this.connection = connection;
    this.scripts = scripts;
  }

  /** Runs step {@code step} (from 0) of the script, the first one the stopped run left undone. */
  void run(RevisionScript script, int step) {
    String sql = script.statements().get(step).sql();
    Operation operation = scripts.operationOf(script.node(), script.upgrade(), step);
    boolean known = true;
    try (Statement statement = connection.createStatement()) {
      if (operation instanceof CreateIndex create && create.index().outsideTransaction()) {
        String index = indexName(create.table(), create.index().name());
        Boolean valid = validity(statement, index);
        if (valid == null || !valid) {
          if (valid != null) {
            // TimescaleDB rejects CONCURRENTLY on a hypertable, where the build was per chunk.
            statement.execute("DROP INDEX " + (create.index().concurrent() ? "CONCURRENTLY " : "")
                + index);
          }
          statement.execute(sql);
        }
      } else if (operation instanceof ValidateConstraint) {
        statement.execute(sql);
      } else if (operation instanceof DropIndex drop && drop.concurrently()) {
        if (validity(statement, indexName(drop.table(), drop.name())) != null) {
          statement.execute(sql);
        }
      } else {
        known = false;
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw known ? Failures.stopped(script, step, step, e, sql)
          : Failures.stoppedStepFailed(script, step, e, invalidIndexes());
    }
  }

  /** An index in the schema of its table, quoted; indexes always live with their table. */
  private static String indexName(String table, String name) {
    int dot = table.indexOf('.');
    return dot < 0 ? PostgresDialect.quote(name)
        : PostgresDialect.quote(table.substring(0, dot)) + "." + PostgresDialect.quote(name);
  }

  /** Whether the index is valid, or null when there is no index of that name. */
  private static Boolean validity(Statement statement, String index) throws SQLException {
    try (ResultSet row = statement.executeQuery("SELECT indisvalid FROM pg_index WHERE "
        + "indexrelid = to_regclass(" + PostgresDialect.literal(index) + ")")) {
      return row.next() ? row.getBoolean(1) : null;
    }
  }

  /** The database's INVALID indexes, for a hint; empty when they cannot be read. */
  private List<String> invalidIndexes() {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT indexrelid::regclass::text FROM pg_index"
            + " WHERE NOT indisvalid ORDER BY 1 LIMIT 20")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    } catch (SQLException e) {
      // Only a hint: the step's own error is what the user needs.
    }
    return names;
  }
}
