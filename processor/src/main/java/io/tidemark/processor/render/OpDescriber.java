package io.tidemark.processor.render;

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
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.Constraint;
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
import io.tidemark.ddl.DropIdentity;
import io.tidemark.ddl.DropSequence;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropSchema;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.DropView;
import io.tidemark.ddl.EnableCompression;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.NoChange;
import io.tidemark.ddl.OperationVisitor;
import io.tidemark.ddl.PrimaryKeyDef;
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
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.ValidateConstraint;

/** Says what an op does in a few lower-case words, for revision messages: {@code add users.email}. */
final class OpDescriber implements OperationVisitor<String> {
  @Override
  public String visitCreateExtension(CreateExtension op) {
    return "create extension " + op.name();
  }

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
    return "create table " + op.table();
  }

  @Override
  public String visitDropTable(DropTable op) {
    return "drop table " + op.table();
  }

  @Override
  public String visitRenameTable(RenameTable op) {
    return "rename " + op.table() + " to " + op.renamed();
  }

  @Override
  public String visitAddColumn(AddColumn op) {
    return "add " + op.table() + "." + op.column().name();
  }

  @Override
  public String visitDropColumn(DropColumn op) {
    return "drop " + op.table() + "." + op.column();
  }

  @Override
  public String visitRenameColumn(RenameColumn op) {
    return "rename " + op.table() + "." + op.column() + " to " + op.newName();
  }

  @Override
  public String visitAlterColumnType(AlterColumnType op) {
    return "change " + op.table() + "." + op.column() + " to " + op.type();
  }

  @Override
  public String visitSetNullable(SetNullable op) {
    return "make " + op.table() + "." + op.column() + (op.nullable() ? " nullable" : " not null");
  }

  @Override
  public String visitSetDefault(SetDefault op) {
    return (op.defaultValue() == null ? "drop default of " : "set default of ") + op.table() + "."
        + op.column();
  }

  @Override
  public String visitAddIdentity(AddIdentity op) {
    return "make " + op.table() + "." + op.column() + " identity";
  }

  @Override
  public String visitAlterIdentity(AlterIdentity op) {
    return "change identity of " + op.table() + "." + op.column();
  }

  @Override
  public String visitDropIdentity(DropIdentity op) {
    return "drop identity of " + op.table() + "." + op.column();
  }

  @Override
  public String visitAddConstraint(AddConstraint op) {
    return "add " + kind(op.constraint()) + " " + op.constraint().name();
  }

  @Override
  public String visitDropConstraint(DropConstraint op) {
    return "drop " + kind(op.existing()) + " " + op.name();
  }

  @Override
  public String visitRenameConstraint(RenameConstraint op) {
    return "rename constraint " + op.name() + " to " + op.newName();
  }

  @Override
  public String visitValidateConstraint(ValidateConstraint op) {
    return "validate " + op.name();
  }

  @Override
  public String visitRenameIndex(RenameIndex op) {
    return "rename index " + op.name() + " to " + op.newName();
  }

  @Override
  public String visitCreateIndex(CreateIndex op) {
    return "create index " + op.index().name();
  }

  @Override
  public String visitDropIndex(DropIndex op) {
    return "drop index " + op.name();
  }

  @Override
  public String visitRawSql(RawSql op) {
    return "run SQL";
  }

  @Override
  public String visitCreateHypertable(CreateHypertable op) {
    return (op.hypertable().migrate() ? "convert " + op.table() + " to hypertable"
        : "create hypertable " + op.table());
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
    return "create continuous aggregate " + op.view();
  }

  @Override
  public String visitDropContinuousAggregate(DropContinuousAggregate op) {
    return "drop continuous aggregate " + op.view();
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

  @Override
  public String visitNoChange(NoChange op) {
    return "no change to " + op.subject();
  }

  @Override
  public String visitCreateEnumType(CreateEnumType op) {
    return "create enum type " + op.name();
  }

  @Override
  public String visitDropEnumType(DropEnumType op) {
    return "drop enum type " + op.name();
  }

  @Override
  public String visitAlterEnumType(AlterEnumType op) {
    return "change the values of enum type " + op.name();
  }

  @Override
  public String visitAddDimension(AddDimension op) {
    return "add dimension " + op.dimension().column() + " to " + op.table();
  }

  @Override
  public String visitCreateSequence(CreateSequence op) {
    return "create sequence " + op.sequence().name();
  }

  @Override
  public String visitDropSequence(DropSequence op) {
    return "drop sequence " + op.name();
  }

  @Override
  public String visitAlterSequence(AlterSequence op) {
    return "change sequence " + op.sequence().name();
  }

  /** How a message names a constraint of this kind; {@code null} is one recorded without it. */
  static String kind(Constraint constraint) {
    if (constraint instanceof PrimaryKeyDef) {
      return "primary key";
    }
    if (constraint instanceof UniqueDef) {
      return "unique";
    }
    if (constraint instanceof CheckDef) {
      return "check";
    }
    return constraint instanceof ForeignKeyDef ? "foreign key" : "constraint";
  }

  @Override
  public String visitCreateView(CreateView op) {
    return "create " + (op.materialized() ? "materialized " : "") + "view " + op.view();
  }

  @Override
  public String visitDropView(DropView op) {
    return "drop " + (op.materialized() ? "materialized " : "") + "view " + op.view();
  }
}
