package io.tidemark.ddl;

/**
 * One method per {@link Operation} record: the back ends (SQL rendering, revision source,
 * description) implement it, so a new operation does not compile until each handles it.
 */
public interface OperationVisitor<R> {
  R visitCreateExtension(CreateExtension op);

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

  R visitAddIdentity(AddIdentity op);

  R visitAlterIdentity(AlterIdentity op);

  R visitDropIdentity(DropIdentity op);

  R visitAddConstraint(AddConstraint op);

  R visitDropConstraint(DropConstraint op);

  R visitRenameConstraint(RenameConstraint op);

  R visitValidateConstraint(ValidateConstraint op);

  R visitCreateIndex(CreateIndex op);

  R visitDropIndex(DropIndex op);

  R visitRenameIndex(RenameIndex op);

  R visitRawSql(RawSql op);

  R visitCreateHypertable(CreateHypertable op);

  R visitConvertToPlainTable(ConvertToPlainTable op);

  R visitSetChunkTimeInterval(SetChunkTimeInterval op);

  R visitAddDimension(AddDimension op);

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

  R visitCreateView(CreateView op);

  R visitDropView(DropView op);

  R visitNoChange(NoChange op);

  R visitCreateEnumType(CreateEnumType op);

  R visitDropEnumType(DropEnumType op);

  R visitAlterEnumType(AlterEnumType op);

  R visitCreateSequence(CreateSequence op);

  R visitDropSequence(DropSequence op);

  R visitAlterSequence(AlterSequence op);
}
