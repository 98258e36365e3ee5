package io.tidemark.processor.render;

import com.palantir.javapoet.CodeBlock;
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
import io.tidemark.processor.snapshot.CheckNode;
import io.tidemark.processor.snapshot.ColumnNode;
import io.tidemark.processor.snapshot.TableNode;
import io.tidemark.processor.snapshot.UniqueNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders each op as the {@code op.xxx(...)} statement a person would write against the
 * runtime's {@code Operations}, with a comment where the statement does more than it says.
 */
final class StatementRenderer implements OpVisitor<CodeBlock> {
  /** TimescaleDB's chunk interval when none is set; integer time columns always set one (TM082). */
  static final String DEFAULT_CHUNK_TIME_INTERVAL = "7 days";

  private final DdlFactories ddl;

  StatementRenderer(DdlFactories ddl) {
    this.ddl = ddl;
  }

  private static CodeBlock statement(String format, Object... args) {
    return CodeBlock.builder().addStatement(format, args).build();
  }

  private static CodeBlock commented(String comment, CodeBlock statement) {
    return CodeBlock.builder().add("// $L\n", comment).add(statement).build();
  }

  @Override
  public CodeBlock visitCreateSchema(CreateSchema op) {
    return statement("op.createSchema($S)", op.schema());
  }

  @Override
  public CodeBlock visitDropSchema(DropSchema op) {
    return statement("op.dropSchema($S)", op.schema());
  }

  @Override
  public CodeBlock visitCreateTable(CreateTable op) {
    TableNode table = op.table();
    List<CodeBlock> elements = new ArrayList<>();
    for (ColumnNode column : table.columns()) {
      elements.add(ddl.column(column));
    }
    if (table.primaryKey() != null) {
      elements.add(ddl.primaryKey(table.primaryKey()));
    }
    for (UniqueNode unique : table.uniques()) {
      elements.add(ddl.unique(unique));
    }
    for (CheckNode check : table.checks()) {
      elements.add(ddl.check(check));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("op.createTable($S", table.qualifiedName());
    if (!elements.isEmpty()) {
      code.add(",\n$>$>").add(CodeBlock.join(elements, ",\n")).add("$<$<");
    }
    return code.add(");\n").build();
  }

  @Override
  public CodeBlock visitDropTable(DropTable op) {
    return statement("op.dropTable($S)", op.table().qualifiedName());
  }

  @Override
  public CodeBlock visitRenameTable(RenameTable op) {
    String to = op.to();
    return statement("op.renameTable($S, $S)", op.from(), to.substring(to.indexOf('.') + 1));
  }

  @Override
  public CodeBlock visitAddColumn(AddColumn op) {
    return statement("op.addColumn($S, $L)", op.table(), ddl.column(op.column()));
  }

  @Override
  public CodeBlock visitDropColumn(DropColumn op) {
    return statement("op.dropColumn($S, $S)", op.table(), op.column().name());
  }

  @Override
  public CodeBlock visitRenameColumn(RenameColumn op) {
    return statement("op.renameColumn($S, $S, $S)", op.table(), op.from(), op.to());
  }

  @Override
  public CodeBlock visitAlterColumnType(AlterColumnType op) {
    return statement("op.alterColumnType($S, $S, $S, $S)", op.table(), op.column(), op.toType(),
        Identifiers.quote(op.column()) + "::" + op.toType());
  }

  @Override
  public CodeBlock visitSetNullable(SetNullable op) {
    return statement(op.nullable() ? "op.dropNotNull($S, $S)" : "op.setNotNull($S, $S)",
        op.table(), op.column());
  }

  @Override
  public CodeBlock visitSetDefault(SetDefault op) {
    return op.to() == null
        ? statement("op.dropDefault($S, $S)", op.table(), op.column())
        : statement("op.setDefault($S, $S, $S)", op.table(), op.column(), op.to());
  }

  @Override
  public CodeBlock visitAddPrimaryKey(AddPrimaryKey op) {
    return statement("op.addConstraint($S, $L)", op.table(), ddl.primaryKey(op.key()));
  }

  @Override
  public CodeBlock visitDropPrimaryKey(DropPrimaryKey op) {
    return statement("op.dropConstraint($S, $S)", op.table(), op.key().name());
  }

  @Override
  public CodeBlock visitAddUnique(AddUnique op) {
    return statement("op.addConstraint($S, $L)", op.table(), ddl.unique(op.unique()));
  }

  @Override
  public CodeBlock visitDropUnique(DropUnique op) {
    return statement("op.dropConstraint($S, $S)", op.table(), op.unique().name());
  }

  @Override
  public CodeBlock visitAddCheck(AddCheck op) {
    return statement("op.addConstraint($S, $L)", op.table(), ddl.check(op.check()));
  }

  @Override
  public CodeBlock visitDropCheck(DropCheck op) {
    return statement("op.dropConstraint($S, $S)", op.table(), op.check().name());
  }

  @Override
  public CodeBlock visitAddForeignKey(AddForeignKey op) {
    return statement("op.addConstraint($S, $L)", op.table(), ddl.foreignKey(op.foreignKey()));
  }

  @Override
  public CodeBlock visitDropForeignKey(DropForeignKey op) {
    return statement("op.dropConstraint($S, $S)", op.table(), op.foreignKey().name());
  }

  @Override
  public CodeBlock visitRenameConstraint(RenameConstraint op) {
    return statement("op.renameConstraint($S, $S, $S)", op.table(), op.from(), op.to());
  }

  @Override
  public CodeBlock visitRenameIndex(RenameIndex op) {
    return statement("op.renameIndex($S, $S, $S)", op.table(), op.from(), op.to());
  }

  @Override
  public CodeBlock visitCreateIndex(CreateIndex op) {
    return statement("op.createIndex($S, $L)", op.table(), ddl.index(op.index()));
  }

  @Override
  public CodeBlock visitDropIndex(DropIndex op) {
    return statement("op.dropIndex($S, $S)", op.table(), op.index().name());
  }

  @Override
  public CodeBlock visitCreateHypertable(CreateHypertable op) {
    CodeBlock call = statement("op.createHypertable($S, $L)", op.table(),
        ddl.hypertable(op.hypertable(), op.migrateData()));
    return op.migrateData() ? commented("converts existing rows: locks and rewrites the table", call) : call;
  }

  @Override
  public CodeBlock visitConvertToPlainTable(ConvertToPlainTable op) {
    return commented("copies every row into a new plain table: locks and rewrites the table",
        statement("op.convertToPlainTable($S)", op.table()));
  }

  @Override
  public CodeBlock visitSetChunkTimeInterval(SetChunkTimeInterval op) {
    String interval = op.to() == null ? DEFAULT_CHUNK_TIME_INTERVAL : op.to();
    String comment = op.to() == null
        ? "back to TimescaleDB's default; affects only chunks created from now on"
        : "affects only chunks created from now on";
    return commented(comment, statement("op.setChunkTimeInterval($S, $S)", op.table(), interval));
  }

  @Override
  public CodeBlock visitEnableCompression(EnableCompression op) {
    return statement("op.enableCompression($S, $L)", op.table(), ddl.compression(op.compression()));
  }

  @Override
  public CodeBlock visitDisableCompression(DisableCompression op) {
    return commented("decompresses every compressed chunk first",
        statement("op.disableCompression($S)", op.table()));
  }

  @Override
  public CodeBlock visitAddCompressionPolicy(AddCompressionPolicy op) {
    return statement("op.addCompressionPolicy($S, $S)", op.table(), op.after());
  }

  @Override
  public CodeBlock visitRemoveCompressionPolicy(RemoveCompressionPolicy op) {
    return statement("op.removeCompressionPolicy($S)", op.table());
  }

  @Override
  public CodeBlock visitAddRetentionPolicy(AddRetentionPolicy op) {
    return statement("op.addRetentionPolicy($S, $S)", op.table(), op.dropAfter());
  }

  @Override
  public CodeBlock visitRemoveRetentionPolicy(RemoveRetentionPolicy op) {
    return statement("op.removeRetentionPolicy($S)", op.table());
  }

  @Override
  public CodeBlock visitAddReorderPolicy(AddReorderPolicy op) {
    return statement("op.addReorderPolicy($S, $S)", op.table(), op.index());
  }

  @Override
  public CodeBlock visitRemoveReorderPolicy(RemoveReorderPolicy op) {
    return statement("op.removeReorderPolicy($S)", op.table());
  }

  @Override
  public CodeBlock visitCreateContinuousAggregate(CreateContinuousAggregate op) {
    return statement("op.createContinuousAggregate($S,\n$S,\n$L)",
        op.aggregate().qualifiedName(), op.aggregate().query(), op.aggregate().materializedOnly());
  }

  @Override
  public CodeBlock visitDropContinuousAggregate(DropContinuousAggregate op) {
    return statement("op.dropContinuousAggregate($S)", op.aggregate().qualifiedName());
  }

  @Override
  public CodeBlock visitSetMaterializedOnly(SetMaterializedOnly op) {
    return statement("op.setMaterializedOnly($S, $L)", op.view(), op.materializedOnly());
  }

  @Override
  public CodeBlock visitAddRefreshPolicy(AddRefreshPolicy op) {
    return statement("op.addRefreshPolicy($S, $S, $S, $S)", op.view(), op.refresh().startOffset(),
        op.refresh().endOffset(), op.refresh().scheduleInterval());
  }

  @Override
  public CodeBlock visitRemoveRefreshPolicy(RemoveRefreshPolicy op) {
    return statement("op.removeRefreshPolicy($S)", op.view());
  }
}
