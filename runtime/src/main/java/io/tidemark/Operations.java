package io.tidemark;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.TableElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the operations of one {@link Migration} direction. Nothing runs here: the runtime
 * renders the recorded list to SQL, to execute it or to print it offline. Table and view
 * names are {@code "name"} or {@code "schema.name"}.
 */
public final class Operations {
  private final List<Operation> recorded = new ArrayList<>();

  /** What has been recorded so far, in order. */
  public List<Operation> recorded() {
    return List.copyOf(recorded);
  }

  private Operations add(Operation operation) {
    recorded.add(operation);
    return this;
  }

  public Operations createSchema(String schema) {
    return add(new Operation.CreateSchema(schema));
  }

  public Operations dropSchema(String schema) {
    return add(new Operation.DropSchema(schema));
  }

  public Operations createTable(String table, TableElement... elements) {
    List<ColumnDef> columns = new ArrayList<>();
    List<Constraint> constraints = new ArrayList<>();
    for (TableElement element : elements) {
      if (element instanceof ColumnDef column) {
        columns.add(column);
      } else {
        constraints.add((Constraint) element);
      }
    }
    return add(new Operation.CreateTable(table, columns, constraints));
  }

  public Operations dropTable(String table) {
    return add(new Operation.DropTable(table));
  }

  /** Renames a table; {@code newName} is unqualified, the schema stays. */
  public Operations renameTable(String table, String newName) {
    return add(new Operation.RenameTable(table, newName));
  }

  public Operations addColumn(String table, ColumnDef column) {
    return add(new Operation.AddColumn(table, column));
  }

  public Operations dropColumn(String table, String column) {
    return add(new Operation.DropColumn(table, column));
  }

  public Operations renameColumn(String table, String column, String newName) {
    return add(new Operation.RenameColumn(table, column, newName));
  }

  public Operations alterColumnType(String table, String column, String type) {
    return add(new Operation.AlterColumnType(table, column, type, null));
  }

  /** Changes a column's type, converting existing values with {@code using}. */
  public Operations alterColumnType(String table, String column, String type, String using) {
    return add(new Operation.AlterColumnType(table, column, type, using));
  }

  public Operations setNotNull(String table, String column) {
    return add(new Operation.SetNullable(table, column, false));
  }

  public Operations dropNotNull(String table, String column) {
    return add(new Operation.SetNullable(table, column, true));
  }

  public Operations setDefault(String table, String column, String expression) {
    return add(new Operation.SetDefault(table, column, expression));
  }

  public Operations dropDefault(String table, String column) {
    return add(new Operation.SetDefault(table, column, null));
  }

  public Operations addConstraint(String table, Constraint constraint) {
    return add(new Operation.AddConstraint(table, constraint));
  }

  public Operations dropConstraint(String table, String name) {
    return add(new Operation.DropConstraint(table, name));
  }

  /**
   * Renames a constraint; {@code newName} is unqualified. For a primary key or unique
   * constraint, PostgreSQL renames its index as well.
   */
  public Operations renameConstraint(String table, String name, String newName) {
    return add(new Operation.RenameConstraint(table, name, newName));
  }

  public Operations createIndex(String table, IndexDef index) {
    return add(new Operation.CreateIndex(table, index));
  }

  public Operations dropIndex(String table, String name) {
    return add(new Operation.DropIndex(table, name, false));
  }

  /** Drops an index without blocking writes; runs outside a transaction. */
  public Operations dropIndexConcurrently(String table, String name) {
    return add(new Operation.DropIndex(table, name, true));
  }

  /**
   * Renames an index of the table's schema; {@code newName} is unqualified. For the index of a
   * primary key or unique constraint, PostgreSQL renames the constraint as well.
   */
  public Operations renameIndex(String table, String name, String newName) {
    return add(new Operation.RenameIndex(table, name, newName));
  }

  /** Runs SQL written by hand, inside the revision's transaction. */
  public Operations sql(String sql) {
    return add(new Operation.RawSql(sql, true));
  }

  /** Runs SQL that PostgreSQL refuses inside a transaction block, on its own. */
  public Operations sqlOutsideTransaction(String sql) {
    return add(new Operation.RawSql(sql, false));
  }

  public Operations createHypertable(String table, HypertableDef hypertable) {
    return add(new Operation.CreateHypertable(table, hypertable));
  }

  public Operations convertToPlainTable(String table) {
    return add(new Operation.ConvertToPlainTable(table));
  }

  public Operations setChunkTimeInterval(String table, String interval) {
    return add(new Operation.SetChunkTimeInterval(table, interval));
  }

  public Operations enableCompression(String table, CompressionDef compression) {
    return add(new Operation.EnableCompression(table, compression));
  }

  public Operations disableCompression(String table) {
    return add(new Operation.DisableCompression(table));
  }

  public Operations addCompressionPolicy(String table, String compressAfter) {
    return add(new Operation.AddCompressionPolicy(table, compressAfter));
  }

  public Operations removeCompressionPolicy(String table) {
    return add(new Operation.RemoveCompressionPolicy(table));
  }

  public Operations addRetentionPolicy(String table, String dropAfter) {
    return add(new Operation.AddRetentionPolicy(table, dropAfter));
  }

  public Operations removeRetentionPolicy(String table) {
    return add(new Operation.RemoveRetentionPolicy(table));
  }

  public Operations addReorderPolicy(String table, String index) {
    return add(new Operation.AddReorderPolicy(table, index));
  }

  public Operations removeReorderPolicy(String table) {
    return add(new Operation.RemoveReorderPolicy(table));
  }

  public Operations createContinuousAggregate(String view, String query, boolean materializedOnly) {
    return add(new Operation.CreateContinuousAggregate(view, query, materializedOnly));
  }

  public Operations dropContinuousAggregate(String view) {
    return add(new Operation.DropContinuousAggregate(view));
  }

  public Operations setMaterializedOnly(String view, boolean materializedOnly) {
    return add(new Operation.SetMaterializedOnly(view, materializedOnly));
  }

  public Operations addRefreshPolicy(
      String view, String startOffset, String endOffset, String scheduleInterval) {
    return add(new Operation.AddRefreshPolicy(view, startOffset, endOffset, scheduleInterval));
  }

  public Operations removeRefreshPolicy(String view) {
    return add(new Operation.RemoveRefreshPolicy(view));
  }
}
