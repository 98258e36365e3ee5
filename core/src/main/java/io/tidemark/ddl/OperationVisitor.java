package io.tidemark.ddl;

/** One method per {@link Operation} record: the back ends (SQL rendering, description) implement it. */
public interface OperationVisitor<R> {
  R visitCreateSchema(Operation.CreateSchema op);

  R visitDropSchema(Operation.DropSchema op);

  R visitCreateTable(Operation.CreateTable op);

  R visitDropTable(Operation.DropTable op);

  R visitRenameTable(Operation.RenameTable op);

  R visitAddColumn(Operation.AddColumn op);

  R visitDropColumn(Operation.DropColumn op);

  R visitRenameColumn(Operation.RenameColumn op);

  R visitAlterColumnType(Operation.AlterColumnType op);

  R visitSetNullable(Operation.SetNullable op);

  R visitSetDefault(Operation.SetDefault op);

  R visitAddConstraint(Operation.AddConstraint op);

  R visitDropConstraint(Operation.DropConstraint op);

  R visitRenameConstraint(Operation.RenameConstraint op);

  R visitCreateIndex(Operation.CreateIndex op);

  R visitDropIndex(Operation.DropIndex op);

  R visitRenameIndex(Operation.RenameIndex op);

  R visitRawSql(Operation.RawSql op);

  R visitCreateHypertable(Operation.CreateHypertable op);

  R visitConvertToPlainTable(Operation.ConvertToPlainTable op);

  R visitSetChunkTimeInterval(Operation.SetChunkTimeInterval op);

  R visitEnableCompression(Operation.EnableCompression op);

  R visitDisableCompression(Operation.DisableCompression op);

  R visitAddCompressionPolicy(Operation.AddCompressionPolicy op);

  R visitRemoveCompressionPolicy(Operation.RemoveCompressionPolicy op);

  R visitAddRetentionPolicy(Operation.AddRetentionPolicy op);

  R visitRemoveRetentionPolicy(Operation.RemoveRetentionPolicy op);

  R visitAddReorderPolicy(Operation.AddReorderPolicy op);

  R visitRemoveReorderPolicy(Operation.RemoveReorderPolicy op);

  R visitCreateContinuousAggregate(Operation.CreateContinuousAggregate op);

  R visitDropContinuousAggregate(Operation.DropContinuousAggregate op);

  R visitSetMaterializedOnly(Operation.SetMaterializedOnly op);

  R visitAddRefreshPolicy(Operation.AddRefreshPolicy op);

  R visitRemoveRefreshPolicy(Operation.RemoveRefreshPolicy op);
}
