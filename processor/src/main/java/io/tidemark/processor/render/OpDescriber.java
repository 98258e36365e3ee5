package io.tidemark.processor.render;

import io.tidemark.processor.ops.AddCheck;
import io.tidemark.processor.ops.AddColumn;
import io.tidemark.processor.ops.AddCompressionPolicy;
import io.tidemark.processor.ops.AddForeignKey;
import io.tidemark.processor.ops.AddPrimaryKey;
import io.tidemark.processor.ops.AddRefreshPolicy;
import io.tidemark.processor.ops.AddReorderPolicy;
import io.tidemark.processor.ops.AddRetentionPolicy;
import io.tidemark.processor.ops.AddUnique;
import io.tidemark.processor.ops.AlterColumnType;
import io.tidemark.processor.ops.ConvertToPlainTable;
import io.tidemark.processor.ops.CreateContinuousAggregate;
import io.tidemark.processor.ops.CreateHypertable;
import io.tidemark.processor.ops.CreateIndex;
import io.tidemark.processor.ops.CreateSchema;
import io.tidemark.processor.ops.CreateTable;
import io.tidemark.processor.ops.DisableCompression;
import io.tidemark.processor.ops.DropCheck;
import io.tidemark.processor.ops.DropColumn;
import io.tidemark.processor.ops.DropContinuousAggregate;
import io.tidemark.processor.ops.DropForeignKey;
import io.tidemark.processor.ops.DropIndex;
import io.tidemark.processor.ops.DropPrimaryKey;
import io.tidemark.processor.ops.DropSchema;
import io.tidemark.processor.ops.DropTable;
import io.tidemark.processor.ops.DropUnique;
import io.tidemark.processor.ops.EnableCompression;
import io.tidemark.processor.ops.OpVisitor;
import io.tidemark.processor.ops.RemoveCompressionPolicy;
import io.tidemark.processor.ops.RemoveRefreshPolicy;
import io.tidemark.processor.ops.RemoveReorderPolicy;
import io.tidemark.processor.ops.RemoveRetentionPolicy;
import io.tidemark.processor.ops.RenameColumn;
import io.tidemark.processor.ops.RenameConstraint;
import io.tidemark.processor.ops.RenameIndex;
import io.tidemark.processor.ops.RenameTable;
import io.tidemark.processor.ops.SetChunkTimeInterval;
import io.tidemark.processor.ops.SetDefault;
import io.tidemark.processor.ops.SetMaterializedOnly;
import io.tidemark.processor.ops.SetNullable;

/** Says what an op does in a few lower-case words, for revision messages: {@code add users.email}. */
final class OpDescriber implements OpVisitor<String> {
  @Override
  public String visitCreateSchema(CreateSchema op) {
    return "create schema " + op.schema();
  }

  @Override
  public String visitDropSchema(DropSchema op) {
    return "drop schema " + op.schema();
  }

  @Override
  public String visitCreateTable(CreateTable op) {
    return "create table " + op.table().qualifiedName();
  }

  @Override
  public String visitDropTable(DropTable op) {
    return "drop table " + op.table().qualifiedName();
  }

  @Override
  public String visitRenameTable(RenameTable op) {
    return "rename " + op.from() + " to " + op.to();
  }

  @Override
  public String visitAddColumn(AddColumn op) {
    return "add " + op.table() + "." + op.column().name();
  }

  @Override
  public String visitDropColumn(DropColumn op) {
    return "drop " + op.table() + "." + op.column().name();
  }

  @Override
  public String visitRenameColumn(RenameColumn op) {
    return "rename " + op.table() + "." + op.from() + " to " + op.to();
  }

  @Override
  public String visitAlterColumnType(AlterColumnType op) {
    return "change " + op.table() + "." + op.column() + " to " + op.toType();
  }

  @Override
  public String visitSetNullable(SetNullable op) {
    return "make " + op.table() + "." + op.column() + (op.nullable() ? " nullable" : " not null");
  }

  @Override
  public String visitSetDefault(SetDefault op) {
    return (op.to() == null ? "drop default of " : "set default of ") + op.table() + "." + op.column();
  }

  @Override
  public String visitAddPrimaryKey(AddPrimaryKey op) {
    return "add primary key " + op.key().name();
  }

  @Override
  public String visitDropPrimaryKey(DropPrimaryKey op) {
    return "drop primary key " + op.key().name();
  }

  @Override
  public String visitAddUnique(AddUnique op) {
    return "add unique " + op.unique().name();
  }

  @Override
  public String visitDropUnique(DropUnique op) {
    return "drop unique " + op.unique().name();
  }

  @Override
  public String visitAddCheck(AddCheck op) {
    return "add check " + op.check().name();
  }

  @Override
  public String visitDropCheck(DropCheck op) {
    return "drop check " + op.check().name();
  }

  @Override
  public String visitAddForeignKey(AddForeignKey op) {
    return "add foreign key " + op.foreignKey().name();
  }

  @Override
  public String visitDropForeignKey(DropForeignKey op) {
    return "drop foreign key " + op.foreignKey().name();
  }

  @Override
  public String visitRenameConstraint(RenameConstraint op) {
    return "rename constraint " + op.from() + " to " + op.to();
  }

  @Override
  public String visitRenameIndex(RenameIndex op) {
    return "rename index " + op.from() + " to " + op.to();
  }

  @Override
  public String visitCreateIndex(CreateIndex op) {
    return "create index " + op.index().name();
  }

  @Override
  public String visitDropIndex(DropIndex op) {
    return "drop index " + op.index().name();
  }

  @Override
  public String visitCreateHypertable(CreateHypertable op) {
    return (op.migrateData() ? "convert " + op.table() + " to hypertable" : "create hypertable " + op.table());
  }

  @Override
  public String visitConvertToPlainTable(ConvertToPlainTable op) {
    return "convert " + op.table() + " to plain table";
  }

  @Override
  public String visitSetChunkTimeInterval(SetChunkTimeInterval op) {
    return "set chunk interval of " + op.table();
  }

  @Override
  public String visitEnableCompression(EnableCompression op) {
    return "enable compression of " + op.table();
  }

  @Override
  public String visitDisableCompression(DisableCompression op) {
    return "disable compression of " + op.table();
  }

  @Override
  public String visitAddCompressionPolicy(AddCompressionPolicy op) {
    return "add compression policy of " + op.table();
  }

  @Override
  public String visitRemoveCompressionPolicy(RemoveCompressionPolicy op) {
    return "remove compression policy of " + op.table();
  }

  @Override
  public String visitAddRetentionPolicy(AddRetentionPolicy op) {
    return "add retention policy of " + op.table();
  }

  @Override
  public String visitRemoveRetentionPolicy(RemoveRetentionPolicy op) {
    return "remove retention policy of " + op.table();
  }

  @Override
  public String visitAddReorderPolicy(AddReorderPolicy op) {
    return "add reorder policy of " + op.table();
  }

  @Override
  public String visitRemoveReorderPolicy(RemoveReorderPolicy op) {
    return "remove reorder policy of " + op.table();
  }

  @Override
  public String visitCreateContinuousAggregate(CreateContinuousAggregate op) {
    return "create continuous aggregate " + op.aggregate().qualifiedName();
  }

  @Override
  public String visitDropContinuousAggregate(DropContinuousAggregate op) {
    return "drop continuous aggregate " + op.aggregate().qualifiedName();
  }

  @Override
  public String visitSetMaterializedOnly(SetMaterializedOnly op) {
    return "set materialized only of " + op.view();
  }

  @Override
  public String visitAddRefreshPolicy(AddRefreshPolicy op) {
    return "add refresh policy of " + op.view();
  }

  @Override
  public String visitRemoveRefreshPolicy(RemoveRefreshPolicy op) {
    return "remove refresh policy of " + op.view();
  }
}
