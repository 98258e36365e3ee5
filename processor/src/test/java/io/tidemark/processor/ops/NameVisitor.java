package io.tidemark.processor.ops;

/** Answers the name of the visitor method an op dispatched to. */
enum NameVisitor implements OpVisitor<String> {
  INSTANCE;

  @Override
  public String visitCreateSchema(CreateSchema op) {
    return "visitCreateSchema";
  }

  @Override
  public String visitDropSchema(DropSchema op) {
    return "visitDropSchema";
  }

  @Override
  public String visitCreateTable(CreateTable op) {
    return "visitCreateTable";
  }

  @Override
  public String visitDropTable(DropTable op) {
    return "visitDropTable";
  }

  @Override
  public String visitRenameTable(RenameTable op) {
    return "visitRenameTable";
  }

  @Override
  public String visitAddColumn(AddColumn op) {
    return "visitAddColumn";
  }

  @Override
  public String visitDropColumn(DropColumn op) {
    return "visitDropColumn";
  }

  @Override
  public String visitRenameColumn(RenameColumn op) {
    return "visitRenameColumn";
  }

  @Override
  public String visitAlterColumnType(AlterColumnType op) {
    return "visitAlterColumnType";
  }

  @Override
  public String visitSetNullable(SetNullable op) {
    return "visitSetNullable";
  }

  @Override
  public String visitSetDefault(SetDefault op) {
    return "visitSetDefault";
  }

  @Override
  public String visitAddPrimaryKey(AddPrimaryKey op) {
    return "visitAddPrimaryKey";
  }

  @Override
  public String visitDropPrimaryKey(DropPrimaryKey op) {
    return "visitDropPrimaryKey";
  }

  @Override
  public String visitAddUnique(AddUnique op) {
    return "visitAddUnique";
  }

  @Override
  public String visitDropUnique(DropUnique op) {
    return "visitDropUnique";
  }

  @Override
  public String visitAddCheck(AddCheck op) {
    return "visitAddCheck";
  }

  @Override
  public String visitDropCheck(DropCheck op) {
    return "visitDropCheck";
  }

  @Override
  public String visitAddForeignKey(AddForeignKey op) {
    return "visitAddForeignKey";
  }

  @Override
  public String visitDropForeignKey(DropForeignKey op) {
    return "visitDropForeignKey";
  }

  @Override
  public String visitRenameConstraint(RenameConstraint op) {
    return "visitRenameConstraint";
  }

  @Override
  public String visitRenameIndex(RenameIndex op) {
    return "visitRenameIndex";
  }

  @Override
  public String visitCreateIndex(CreateIndex op) {
    return "visitCreateIndex";
  }

  @Override
  public String visitDropIndex(DropIndex op) {
    return "visitDropIndex";
  }

  @Override
  public String visitCreateHypertable(CreateHypertable op) {
    return "visitCreateHypertable";
  }

  @Override
  public String visitConvertToPlainTable(ConvertToPlainTable op) {
    return "visitConvertToPlainTable";
  }

  @Override
  public String visitSetChunkTimeInterval(SetChunkTimeInterval op) {
    return "visitSetChunkTimeInterval";
  }

  @Override
  public String visitEnableCompression(EnableCompression op) {
    return "visitEnableCompression";
  }

  @Override
  public String visitDisableCompression(DisableCompression op) {
    return "visitDisableCompression";
  }

  @Override
  public String visitAddCompressionPolicy(AddCompressionPolicy op) {
    return "visitAddCompressionPolicy";
  }

  @Override
  public String visitRemoveCompressionPolicy(RemoveCompressionPolicy op) {
    return "visitRemoveCompressionPolicy";
  }

  @Override
  public String visitAddRetentionPolicy(AddRetentionPolicy op) {
    return "visitAddRetentionPolicy";
  }

  @Override
  public String visitRemoveRetentionPolicy(RemoveRetentionPolicy op) {
    return "visitRemoveRetentionPolicy";
  }

  @Override
  public String visitAddReorderPolicy(AddReorderPolicy op) {
    return "visitAddReorderPolicy";
  }

  @Override
  public String visitRemoveReorderPolicy(RemoveReorderPolicy op) {
    return "visitRemoveReorderPolicy";
  }

  @Override
  public String visitCreateContinuousAggregate(CreateContinuousAggregate op) {
    return "visitCreateContinuousAggregate";
  }

  @Override
  public String visitDropContinuousAggregate(DropContinuousAggregate op) {
    return "visitDropContinuousAggregate";
  }

  @Override
  public String visitSetMaterializedOnly(SetMaterializedOnly op) {
    return "visitSetMaterializedOnly";
  }

  @Override
  public String visitAddRefreshPolicy(AddRefreshPolicy op) {
    return "visitAddRefreshPolicy";
  }

  @Override
  public String visitRemoveRefreshPolicy(RemoveRefreshPolicy op) {
    return "visitRemoveRefreshPolicy";
  }
}
