package io.tidemark.dialect;

import static io.tidemark.dialect.Sql.qualified;
import static io.tidemark.dialect.Sql.quote;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddCompressionPolicy;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AddRefreshPolicy;
import io.tidemark.ddl.AddReorderPolicy;
import io.tidemark.ddl.AddRetentionPolicy;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateContinuousAggregate;
import io.tidemark.ddl.CreateEnumType;
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
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.NoChange;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.OperationVisitor;
import io.tidemark.ddl.RawSql;
import io.tidemark.ddl.RemoveCompressionPolicy;
import io.tidemark.ddl.RemoveRefreshPolicy;
import io.tidemark.ddl.RemoveReorderPolicy;
import io.tidemark.ddl.RemoveRetentionPolicy;
import io.tidemark.ddl.RenameColumn;
import io.tidemark.ddl.RenameConstraint;
import io.tidemark.ddl.RenameIndex;
import io.tidemark.ddl.RenameTable;
import io.tidemark.ddl.SetChunkTimeInterval;
import io.tidemark.ddl.SetDefault;
import io.tidemark.ddl.SetMaterializedOnly;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.ValidateConstraint;
import java.util.List;

/**
 * Renders each {@link Operation} as the PostgreSQL (and TimescaleDB) statements that perform
 * it, quoting every name so that no identifier can change the meaning of the SQL.
 */
public final class PostgresDialect implements OperationVisitor<List<Statement>> {
  private final TimescaleSql timescale = new TimescaleSql();

  /** The statements for one operation, in execution order. */
  public List<Statement> render(Operation op) {
    return op.accept(this);
  }

  /**
   * Quotes one identifier when PostgreSQL would otherwise read it differently: anything but a
   * lower-case {@code [a-z_][a-z0-9_$]*} word that is not reserved gets double quotes, with
   * embedded {@code "} doubled.
   */
  public static String quote(String identifier) {
    return Sql.quote(identifier);
  }

  /** Quotes a {@code "table"} or {@code "schema.table"} name, split at the first dot. */
  public static String quoteQualified(String name) {
    return Sql.qualified(name);
  }

  /** A string literal with embedded single quotes doubled. */
  public static String literal(String value) {
    return Sql.literal(value);
  }

  static List<Statement> one(String sql) {
    return List.of(new Statement(sql, true));
  }

  private static String alterTable(String table) {
    return "ALTER TABLE " + qualified(table) + " ";
  }

  @Override
  public List<Statement> visitCreateExtension(CreateExtension op) {
    return one("CREATE EXTENSION IF NOT EXISTS " + quote(op.name()));
  }

  @Override
  public List<Statement> visitCreateSchema(CreateSchema op) {
    return one("CREATE SCHEMA IF NOT EXISTS " + quote(op.schema()));
  }

  @Override
  public List<Statement> visitDropSchema(DropSchema op) {
    return one("DROP SCHEMA " + quote(op.schema()));
  }

  @Override
  public List<Statement> visitCreateTable(CreateTable op) {
    return one(TableSql.createTable(op.table(), op.columns(), op.constraints()));
  }

  @Override
  public List<Statement> visitDropTable(DropTable op) {
    return one("DROP TABLE " + qualified(op.table()));
  }

  @Override
  public List<Statement> visitRenameTable(RenameTable op) {
    return one(alterTable(op.table()) + "RENAME TO " + quote(op.newName()));
  }

  @Override
  public List<Statement> visitAddColumn(AddColumn op) {
    return one(alterTable(op.table()) + "ADD COLUMN " + TableSql.column(op.column()));
  }

  @Override
  public List<Statement> visitDropColumn(DropColumn op) {
    return one(alterTable(op.table()) + "DROP COLUMN " + quote(op.column()));
  }

  @Override
  public List<Statement> visitRenameColumn(RenameColumn op) {
    return one(alterTable(op.table()) + "RENAME COLUMN " + quote(op.column()) + " TO "
        + quote(op.newName()));
  }

  @Override
  public List<Statement> visitAlterColumnType(AlterColumnType op) {
    return one(alterTable(op.table()) + "ALTER COLUMN " + quote(op.column()) + " TYPE " + op.type()
        + (op.using() == null ? "" : " USING " + op.using()));
  }

  @Override
  public List<Statement> visitSetNullable(SetNullable op) {
    return one(alterTable(op.table()) + "ALTER COLUMN " + quote(op.column())
        + (op.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
  }

  @Override
  public List<Statement> visitSetDefault(SetDefault op) {
    return one(alterTable(op.table()) + "ALTER COLUMN " + quote(op.column())
        + (op.defaultValue() == null ? " DROP DEFAULT" : " SET DEFAULT " + op.defaultValue()));
  }

  @Override
  public List<Statement> visitAddConstraint(AddConstraint op) {
    return one(alterTable(op.table()) + "ADD " + TableSql.constraint(op.constraint()));
  }

  @Override
  public List<Statement> visitDropConstraint(DropConstraint op) {
    return one(alterTable(op.table()) + "DROP CONSTRAINT " + quote(op.name()));
  }

  @Override
  public List<Statement> visitRenameConstraint(RenameConstraint op) {
    return one(alterTable(op.table()) + "RENAME CONSTRAINT " + quote(op.name()) + " TO "
        + quote(op.newName()));
  }

  /**
   * Alone, so that its scan holds only SHARE UPDATE EXCLUSIVE (reads and writes go on) in a
   * transaction of its own, not the strong locks the revision's transaction may hold.
   */
  @Override
  public List<Statement> visitValidateConstraint(ValidateConstraint op) {
    return List.of(new Statement(alterTable(op.table()) + "VALIDATE CONSTRAINT "
        + quote(op.name()), false));
  }

  @Override
  public List<Statement> visitCreateIndex(CreateIndex op) {
    return TableSql.createIndex(op.table(), op.index());
  }

  @Override
  public List<Statement> visitDropIndex(DropIndex op) {
    String sql = "DROP INDEX " + (op.concurrently() ? "CONCURRENTLY " : "")
        + Sql.inSchemaOf(op.table(), op.name());
    return List.of(new Statement(sql, !op.concurrently()));
  }

  @Override
  public List<Statement> visitRenameIndex(RenameIndex op) {
    return one("ALTER INDEX " + Sql.inSchemaOf(op.table(), op.name()) + " RENAME TO "
        + quote(op.newName()));
  }

  @Override
  public List<Statement> visitRawSql(RawSql op) {
    return List.of(new Statement(op.sql(), op.transactional()));
  }

  @Override
  public List<Statement> visitCreateHypertable(CreateHypertable op) {
    return timescale.createHypertable(op.table(), op.hypertable());
  }

  @Override
  public List<Statement> visitConvertToPlainTable(ConvertToPlainTable op) {
    return timescale.convertToPlainTable(op.table());
  }

  @Override
  public List<Statement> visitSetChunkTimeInterval(SetChunkTimeInterval op) {
    return timescale.setChunkTimeInterval(op.table(),
        op.interval() == null ? SetChunkTimeInterval.DEFAULT_INTERVAL : op.interval());
  }

  @Override
  public List<Statement> visitEnableCompression(EnableCompression op) {
    return timescale.enableCompression(op.table(), op.compression(), op.aggregate(),
        op.columnstore());
  }

  @Override
  public List<Statement> visitDisableCompression(DisableCompression op) {
    return timescale.disableCompression(op.table(), op.aggregate(), op.columnstore());
  }

  @Override
  public List<Statement> visitAddCompressionPolicy(AddCompressionPolicy op) {
    return timescale.addCompressionPolicy(op.table(), op.compressAfter(), op.columnstore());
  }

  @Override
  public List<Statement> visitRemoveCompressionPolicy(RemoveCompressionPolicy op) {
    return timescale.removeCompressionPolicy(op.table(), op.columnstore());
  }

  @Override
  public List<Statement> visitAddRetentionPolicy(AddRetentionPolicy op) {
    return timescale.addRetentionPolicy(op.table(), op.dropAfter());
  }

  @Override
  public List<Statement> visitRemoveRetentionPolicy(RemoveRetentionPolicy op) {
    return timescale.removePolicy("remove_retention_policy", op.table());
  }

  @Override
  public List<Statement> visitAddReorderPolicy(AddReorderPolicy op) {
    return timescale.addReorderPolicy(op.table(), op.index());
  }

  @Override
  public List<Statement> visitRemoveReorderPolicy(RemoveReorderPolicy op) {
    return timescale.removePolicy("remove_reorder_policy", op.table());
  }

  @Override
  public List<Statement> visitCreateContinuousAggregate(CreateContinuousAggregate op) {
    return timescale.createContinuousAggregate(op.view(), op.query(), op.materializedOnly());
  }

  @Override
  public List<Statement> visitDropContinuousAggregate(DropContinuousAggregate op) {
    return one("DROP MATERIALIZED VIEW " + qualified(op.view()));
  }

  @Override
  public List<Statement> visitSetMaterializedOnly(SetMaterializedOnly op) {
    return one("ALTER MATERIALIZED VIEW " + qualified(op.view())
        + " SET (timescaledb.materialized_only = " + op.materializedOnly() + ")");
  }

  @Override
  public List<Statement> visitAddRefreshPolicy(AddRefreshPolicy op) {
    return timescale.addRefreshPolicy(op.view(), op.refresh());
  }

  @Override
  public List<Statement> visitRemoveRefreshPolicy(RemoveRefreshPolicy op) {
    return timescale.removePolicy("remove_continuous_aggregate_policy", op.view());
  }

  @Override
  public List<Statement> visitCreateView(CreateView op) {
    String query = TimescaleSql.stripTrailingSemicolon(op.query());
    if (!op.materialized()) {
      return one("CREATE VIEW " + qualified(op.view()) + " AS\n" + query);
    }
    return one("CREATE MATERIALIZED VIEW " + qualified(op.view()) + " AS\n" + query
        + (op.withData() ? "\nWITH DATA" : "\nWITH NO DATA"));
  }

  @Override
  public List<Statement> visitDropView(DropView op) {
    return one("DROP " + (op.materialized() ? "MATERIALIZED " : "") + "VIEW " + qualified(op.view()));
  }

  @Override
  public List<Statement> visitNoChange(NoChange op) {
    return List.of();
  }

  @Override
  public List<Statement> visitCreateEnumType(CreateEnumType op) {
    return one(EnumSql.create(op.name(), op.values()));
  }

  @Override
  public List<Statement> visitDropEnumType(DropEnumType op) {
    return one(EnumSql.drop(op.name()));
  }

  @Override
  public List<Statement> visitAlterEnumType(AlterEnumType op) {
    return EnumSql.alter(op);
  }
}
