package io.tidemark.processor.ops;

/** One method per {@link Op} record, so a new op does not compile until every back end handles it. */
public interface OpVisitor<R> {
  R visitCreateSchema(CreateSchema op);

  R visitDropSchema(DropSchema op);

  R visitCreateTable(CreateTable op);

  R visitDropTable(DropTable op);

  R visitRenameTable(RenameTable op);

  R visitAddColumn(AddColumn op);

  R visitDropColumn(DropColumn op);

  R visitRenameColumn(RenameColumn op);

  R visitAlterColumnType(AlterColumnType op);

  R visitSetNullable(SetNullable op);

  R visitSetDefault(SetDefault op);

  R visitAddPrimaryKey(AddPrimaryKey op);

  R visitDropPrimaryKey(DropPrimaryKey op);

  R visitAddUnique(AddUnique op);

  R visitDropUnique(DropUnique op);

  R visitAddCheck(AddCheck op);

  R visitDropCheck(DropCheck op);

  R visitAddForeignKey(AddForeignKey op);

  R visitDropForeignKey(DropForeignKey op);

  R visitRenameConstraint(RenameConstraint op);

  R visitCreateIndex(CreateIndex op);

  R visitDropIndex(DropIndex op);

  R visitRenameIndex(RenameIndex op);

  R visitCreateHypertable(CreateHypertable op);

  R visitConvertToPlainTable(ConvertToPlainTable op);

  R visitSetChunkTimeInterval(SetChunkTimeInterval op);

  R visitEnableCompression(EnableCompression op);

  R visitDisableCompression(DisableCompression op);

  R visitAddCompressionPolicy(AddCompressionPolicy op);

  R visitRemoveCompressionPolicy(RemoveCompressionPolicy op);

  R visitAddRetentionPolicy(AddRetentionPolicy op);

  R visitRemoveRetentionPolicy(RemoveRetentionPolicy op);

  R visitAddReorderPolicy(AddReorderPolicy op);

  R visitRemoveReorderPolicy(RemoveReorderPolicy op);

  R visitCreateContinuousAggregate(CreateContinuousAggregate op);

  R visitDropContinuousAggregate(DropContinuousAggregate op);

  R visitSetMaterializedOnly(SetMaterializedOnly op);

  R visitAddRefreshPolicy(AddRefreshPolicy op);

  R visitRemoveRefreshPolicy(RemoveRefreshPolicy op);
}
