package io.tidemark;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AddDimension;
import io.tidemark.ddl.AddIdentity;
import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.AddRetentionPolicy;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.AlterIdentity;
import io.tidemark.ddl.AlterSequence;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.CreateEnumType;
import io.tidemark.ddl.CreateSequence;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.CreateExtension;
import io.tidemark.ddl.CreateSchema;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.CreateView;
import io.tidemark.ddl.DisableCompression;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.DropEnumType;
import io.tidemark.ddl.DropSequence;
import io.tidemark.ddl.DropIdentity;
import io.tidemark.ddl.EnumColumn;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.RawSql;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RemoveRefreshPolicy;
import io.tidemark.ddl.RemoveReorderPolicy;
import io.tidemark.ddl.RemoveRetentionPolicy;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameIndex;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetChunkTimeInterval;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.TableElement;
import io.tidemark.ddl.ValidateConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records the operations of one {@link Migration} direction. Nothing runs here: the runtime
 * renders the recorded list to SQL, to execute it or to print it offline. Table and view
 * names are {@code "name"} or {@code "schema.name"}. An operation knows only what its method was
 * given, so a drop recorded here has no {@link Operation#reverse()}: the revision's other
 * direction says how to undo it.
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

  /** Creates an extension if the database does not have it: {@code createExtension("timescaledb")}. */
  public Operations createExtension(String name) {
    return add(new CreateExtension(name));
  }

  public Operations createSchema(String schema) {
    return add(new CreateSchema(schema));
  }

  public Operations dropSchema(String schema) {
    return add(new DropSchema(schema));
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
    return add(new CreateTable(table, columns, constraints));
  }

  public Operations dropTable(String table) {
    return add(new DropTable(table, null));
  }

  /** Renames a table; {@code newName} is unqualified, the schema stays. */
  public Operations renameTable(String table, String newName) {
    return add(new RenameTable(table, newName));
  }

  public Operations addColumn(String table, ColumnDef column) {
    return add(new AddColumn(table, column));
  }

  public Operations dropColumn(String table, String column) {
    return add(new DropColumn(table, column, null));
  }

  public Operations renameColumn(String table, String column, String newName) {
    return add(new RenameColumn(table, column, newName));
  }

  public Operations alterColumnType(String table, String column, String type) {
    return add(new AlterColumnType(table, column, type, null, null));
  }

  /** Changes a column's type, converting existing values with {@code using}. */
  public Operations alterColumnType(String table, String column, String type, String using) {
    return add(new AlterColumnType(table, column, type, using, null));
  }

  public Operations setNotNull(String table, String column) {
    return add(new SetNullable(table, column, false));
  }

  public Operations dropNotNull(String table, String column) {
    return add(new SetNullable(table, column, true));
  }

  public Operations setDefault(String table, String column, String expression) {
    return add(new SetDefault(table, column, expression, null));
  }

  public Operations dropDefault(String table, String column) {
    return add(new SetDefault(table, column, null, null));
  }

  /**
   * Makes a NOT NULL column an identity column ({@code identity(byDefault())}); its sequence
   * continues after the largest value the column holds.
   */
  public Operations addIdentity(String table, String column, IdentityDef identity) {
    return add(new AddIdentity(table, column, identity));
  }

  /**
   * Sets an identity column's generation and every sequence option, those not given back to
   * PostgreSQL's default; the sequence goes on from its current value.
   */
  public Operations alterIdentity(String table, String column, IdentityDef identity) {
    return add(new AlterIdentity(table, column, identity, null));
  }

  /** Makes an identity column a plain NOT NULL column, keeping its values. */
  public Operations dropIdentity(String table, String column) {
    return add(new DropIdentity(table, column, null));
  }

  public Operations addConstraint(String table, Constraint constraint) {
    return add(new AddConstraint(table, constraint));
  }

  public Operations dropConstraint(String table, String name) {
    return add(new DropConstraint(table, name, null));
  }

  /**
   * Renames a constraint; {@code newName} is unqualified. For a primary key or unique
   * constraint, PostgreSQL renames its index as well.
   */
  public Operations renameConstraint(String table, String name, String newName) {
    return add(new RenameConstraint(table, name, newName));
  }

  /**
   * Validates a check or foreign key added with {@code notValid()}: scans the existing rows
   * while reads and writes go on, on its own, outside the revision's transaction. A downgrade
   * has nothing to undo for it.
   */
  public Operations validateConstraint(String table, String name) {
    return add(new ValidateConstraint(table, name));
  }

  public Operations createIndex(String table, IndexDef index) {
    return add(new CreateIndex(table, index));
  }

  public Operations dropIndex(String table, String name) {
    return add(new DropIndex(table, name, false, null));
  }

  /** Drops an index without blocking writes; runs outside a transaction. */
  public Operations dropIndexConcurrently(String table, String name) {
    return add(new DropIndex(table, name, true, null));
  }

  /**
   * Renames an index of the table's schema; {@code newName} is unqualified. For the index of a
   * primary key or unique constraint, PostgreSQL renames the constraint as well.
   */
  public Operations renameIndex(String table, String name, String newName) {
    return add(new RenameIndex(table, name, newName));
  }

  /** Runs SQL written by hand, inside the revision's transaction. */
  public Operations sql(String sql) {
    return add(new RawSql(sql, true));
  }

  /** Runs SQL that PostgreSQL refuses inside a transaction block, on its own. */
  public Operations sqlOutsideTransaction(String sql) {
    return add(new RawSql(sql, false));
  }

  public Operations createHypertable(String table, HypertableDef hypertable) {
    return add(new CreateHypertable(table, hypertable));
  }

  public Operations convertToPlainTable(String table) {
    return add(new ConvertToPlainTable(table, null));
  }

  /**
   * Adds a dimension ({@code byHash("device", 4)}) to a hypertable, which TimescaleDB allows only
   * while it holds no rows; it cannot be removed, so its reverse changes nothing.
   */
  public Operations addDimension(String table, DimensionDef dimension) {
    return add(new AddDimension(table, dimension));
  }

  public Operations setChunkTimeInterval(String table, String interval) {
    return add(new SetChunkTimeInterval(table, interval, null));
  }

  public Operations enableCompression(String table, CompressionDef compression) {
    return add(new EnableCompression(table, compression));
  }

  public Operations disableCompression(String table) {
    return add(new DisableCompression(table, null));
  }

  public Operations addCompressionPolicy(String table, String compressAfter) {
    return add(new AddCompressionPolicy(table, compressAfter));
  }

  public Operations removeCompressionPolicy(String table) {
    return add(new RemoveCompressionPolicy(table, null));
  }

  /** Compression under the columnstore names of TimescaleDB 2.18+ ({@code enable_columnstore}). */
  public Operations enableColumnstore(String table, CompressionDef compression) {
    return add(new EnableCompression(table, compression, false, true));
  }

  public Operations disableColumnstore(String table) {
    return add(new DisableCompression(table, null, false, true));
  }

  /** {@code CALL add_columnstore_policy(table, after => ...)}, TimescaleDB 2.18+. */
  public Operations addColumnstorePolicy(String table, String after) {
    return add(new AddCompressionPolicy(table, after, true));
  }

  public Operations removeColumnstorePolicy(String table) {
    return add(new RemoveCompressionPolicy(table, null, true));
  }

  /** Compression of a continuous aggregate ({@code ALTER MATERIALIZED VIEW}). */
  public Operations enableAggregateCompression(String view, CompressionDef compression) {
    return add(new EnableCompression(view, compression, true, false));
  }

  public Operations disableAggregateCompression(String view) {
    return add(new DisableCompression(view, null, true, false));
  }

  /** Like {@link #enableAggregateCompression} under the columnstore names of TimescaleDB 2.18+. */
  public Operations enableAggregateColumnstore(String view, CompressionDef compression) {
    return add(new EnableCompression(view, compression, true, true));
  }

  public Operations disableAggregateColumnstore(String view) {
    return add(new DisableCompression(view, null, true, true));
  }

  public Operations addRetentionPolicy(String table, String dropAfter) {
    return add(new AddRetentionPolicy(table, dropAfter));
  }

  public Operations removeRetentionPolicy(String table) {
    return add(new RemoveRetentionPolicy(table, null));
  }

  public Operations addReorderPolicy(String table, String index) {
    return add(new AddReorderPolicy(table, index));
  }

  public Operations removeReorderPolicy(String table) {
    return add(new RemoveReorderPolicy(table, null));
  }

  public Operations createContinuousAggregate(String view, String query, boolean materializedOnly) {
    return add(new CreateContinuousAggregate(view, query, materializedOnly));
  }

  public Operations dropContinuousAggregate(String view) {
    return add(new DropContinuousAggregate(view, null));
  }

  public Operations setMaterializedOnly(String view, boolean materializedOnly) {
    return add(new SetMaterializedOnly(view, materializedOnly));
  }

  public Operations addRefreshPolicy(
      String view, String startOffset, String endOffset, String scheduleInterval) {
    return add(
        new AddRefreshPolicy(view, new RefreshDef(startOffset, endOffset, scheduleInterval)));
  }

  public Operations removeRefreshPolicy(String view) {
    return add(new RemoveRefreshPolicy(view, null));
  }

  /** Creates an enum type ({@code "name"} or {@code "schema.name"}) with its values in order. */
  public Operations createEnumType(String name, String... values) {
    return add(new CreateEnumType(name, List.of(values)));
  }

  public Operations dropEnumType(String name) {
    return add(new DropEnumType(name, null));
  }

  /**
   * Changes an enum type's values from {@code before} to {@code after}: {@code renamed} maps an
   * old value to its new name; values only added are added in place, outside the transaction;
   * a value removed or moved makes a new type that {@code columns}, every column of the type, are
   * converted to ({@link Ddl#enumColumn}), which rewrites their tables.
   */
  public Operations alterEnumType(String name, List<String> before, List<String> after,
      Map<String, String> renamed, EnumColumn... columns) {
    return add(new AlterEnumType(name, before, after, renamed, List.of(columns)));
  }

  /**
   * Creates a standalone sequence ({@code sequence("order_no").start(1000L)}), owned by the
   * column its definition names, which must exist by then.
   */
  public Operations createSequence(SequenceDef sequence) {
    return add(new CreateSequence(sequence));
  }

  public Operations dropSequence(String name) {
    return add(new DropSequence(name, null));
  }

  /**
   * Sets every option of a standalone sequence and its owner, those not given back to
   * PostgreSQL's default (no owner); the sequence goes on from its current value.
   */
  public Operations alterSequence(SequenceDef sequence) {
    return add(new AlterSequence(sequence, null));
  }

  public Operations createView(String view, String query) {
    return add(new CreateView(view, query, false, true));
  }

  /** A materialized view, filled now when {@code withData}, else at its first refresh. */
  public Operations createMaterializedView(String view, String query, boolean withData) {
    return add(new CreateView(view, query, true, withData));
  }

  public Operations dropView(String view) {
    return add(new DropView(view, false, null));
  }

  public Operations dropMaterializedView(String view) {
    return add(new DropView(view, true, null));
  }
}
