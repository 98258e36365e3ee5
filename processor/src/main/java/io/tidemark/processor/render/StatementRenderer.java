package io.tidemark.processor.render;

import com.palantir.javapoet.CodeBlock;
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
import io.tidemark.ddl.NoChange;
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
import io.tidemark.dialect.PostgresDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders each op as the {@code op.xxx(...)} statement a person would write against the
 * runtime's {@code Operations}, with a comment where the statement does more than it says.
 */
final class StatementRenderer implements OperationVisitor<CodeBlock> {
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

  /**
   * {@code statement}, which adds the check of the NOT NULL plan for {@code notNull}, after the
   * backfill that the check's validation needs, commented out: on a large table it belongs in
   * batches before the revision runs, not in the revision's transaction.
   */
  static CodeBlock afterBackfillPlaceholder(SetNullable notNull, CodeBlock statement) {
    String column = PostgresDialect.quote(notNull.column());
    String update = "UPDATE " + PostgresDialect.quoteQualified(notNull.table()) + " SET " + column
        + " = ... WHERE " + column + " IS NULL";
    return CodeBlock.builder()
        .add("// Backfill $L.$L before this revision runs, in batches on a large table (or in a\n",
            notNull.table(), notNull.column())
        .add("// revision before this one): rows where it is NULL fail the validation below. On a\n")
        .add("// small table, the update can run here:\n")
        .add("// op.sql($S);\n", update)
        .add(statement)
        .build();
  }

  @Override
  public CodeBlock visitCreateExtension(CreateExtension op) {
    return statement("op.createExtension($S)", op.name());
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
    List<CodeBlock> elements = new ArrayList<>();
    for (ColumnDef column : op.columns()) {
      elements.add(ddl.column(column));
    }
    for (Constraint constraint : op.constraints()) {
      elements.add(ddl.constraint(constraint));
    }
    CodeBlock.Builder code = CodeBlock.builder().add("op.createTable($S", op.table());
    if (!elements.isEmpty()) {
      code.add(",\n$>$>").add(CodeBlock.join(elements, ",\n")).add("$<$<");
    }
    return code.add(");\n").build();
  }

  @Override
  public CodeBlock visitDropTable(DropTable op) {
    return statement("op.dropTable($S)", op.table());
  }

  @Override
  public CodeBlock visitRenameTable(RenameTable op) {
    return statement("op.renameTable($S, $S)", op.table(), op.newName());
  }

  @Override
  public CodeBlock visitAddColumn(AddColumn op) {
    return statement("op.addColumn($S, $L)", op.table(), ddl.column(op.column()));
  }

  @Override
  public CodeBlock visitDropColumn(DropColumn op) {
    return statement("op.dropColumn($S, $S)", op.table(), op.column());
  }

  @Override
  public CodeBlock visitRenameColumn(RenameColumn op) {
    return statement("op.renameColumn($S, $S, $S)", op.table(), op.column(), op.newName());
  }

  @Override
  public CodeBlock visitAlterColumnType(AlterColumnType op) {
    return op.using() == null
        ? statement("op.alterColumnType($S, $S, $S)", op.table(), op.column(), op.type())
        : statement("op.alterColumnType($S, $S, $S, $S)", op.table(), op.column(), op.type(),
            op.using());
  }

  @Override
  public CodeBlock visitSetNullable(SetNullable op) {
    return statement(op.nullable() ? "op.dropNotNull($S, $S)" : "op.setNotNull($S, $S)",
        op.table(), op.column());
  }

  @Override
  public CodeBlock visitSetDefault(SetDefault op) {
    return op.defaultValue() == null
        ? statement("op.dropDefault($S, $S)", op.table(), op.column())
        : statement("op.setDefault($S, $S, $S)", op.table(), op.column(), op.defaultValue());
  }

  @Override
  public CodeBlock visitAddIdentity(AddIdentity op) {
    return statement("op.addIdentity($S, $S, $L)", op.table(), op.column(),
        ddl.identity(op.identity()));
  }

  @Override
  public CodeBlock visitAlterIdentity(AlterIdentity op) {
    return statement("op.alterIdentity($S, $S, $L)", op.table(), op.column(),
        ddl.identity(op.identity()));
  }

  @Override
  public CodeBlock visitDropIdentity(DropIdentity op) {
    return statement("op.dropIdentity($S, $S)", op.table(), op.column());
  }

  @Override
  public CodeBlock visitAddConstraint(AddConstraint op) {
    return statement("op.addConstraint($S, $L)", op.table(), ddl.constraint(op.constraint()));
  }

  @Override
  public CodeBlock visitDropConstraint(DropConstraint op) {
    return statement("op.dropConstraint($S, $S)", op.table(), op.name());
  }

  @Override
  public CodeBlock visitRenameConstraint(RenameConstraint op) {
    return statement("op.renameConstraint($S, $S, $S)", op.table(), op.name(), op.newName());
  }

  @Override
  public CodeBlock visitValidateConstraint(ValidateConstraint op) {
    return statement("op.validateConstraint($S, $S)", op.table(), op.name());
  }

  @Override
  public CodeBlock visitRenameIndex(RenameIndex op) {
    return statement("op.renameIndex($S, $S, $S)", op.table(), op.name(), op.newName());
  }

  @Override
  public CodeBlock visitCreateIndex(CreateIndex op) {
    return statement("op.createIndex($S, $L)", op.table(), ddl.index(op.index()));
  }

  @Override
  public CodeBlock visitDropIndex(DropIndex op) {
    String call = op.concurrently() ? "op.dropIndexConcurrently($S, $S)" : "op.dropIndex($S, $S)";
    return statement(call, op.table(), op.name());
  }

  @Override
  public CodeBlock visitRawSql(RawSql op) {
    return statement(op.transactional() ? "op.sql($S)" : "op.sqlOutsideTransaction($S)", op.sql());
  }

  @Override
  public CodeBlock visitCreateHypertable(CreateHypertable op) {
    CodeBlock call = statement("op.createHypertable($S, $L)", op.table(),
        ddl.hypertable(op.hypertable()));
    return op.hypertable().migrate()
        ? commented("converts existing rows: locks and rewrites the table", call) : call;
  }

  @Override
  public CodeBlock visitConvertToPlainTable(ConvertToPlainTable op) {
    return commented("copies every row into a new plain table: locks and rewrites the table",
        statement("op.convertToPlainTable($S)", op.table()));
  }

  @Override
  public CodeBlock visitSetChunkTimeInterval(SetChunkTimeInterval op) {
    String interval = op.interval() == null ? SetChunkTimeInterval.DEFAULT_INTERVAL : op.interval();
    String comment = op.interval() == null
        ? "back to TimescaleDB's default; affects only chunks created from now on"
        : "affects only chunks created from now on";
    return commented(comment, statement("op.setChunkTimeInterval($S, $S)", op.table(), interval));
  }

  @Override
  public CodeBlock visitEnableCompression(EnableCompression op) {
    return statement("op.$L($S, $L)", compressionCall("enable", op.aggregate(), op.columnstore()),
        op.table(), ddl.compression(op.compression()));
  }

  /** {@code enableCompression}, {@code enableAggregateColumnstore} and the like. */
  private static String compressionCall(String verb, boolean aggregate, boolean columnstore) {
    return verb + (aggregate ? "Aggregate" : "") + (columnstore ? "Columnstore" : "Compression");
  }

  @Override
  public CodeBlock visitDisableCompression(DisableCompression op) {
    return commented("decompresses every compressed chunk first",
        statement("op.$L($S)", compressionCall("disable", op.aggregate(), op.columnstore()),
            op.table()));
  }

  @Override
  public CodeBlock visitAddCompressionPolicy(AddCompressionPolicy op) {
    return statement(op.columnstore() ? "op.addColumnstorePolicy($S, $S)"
        : "op.addCompressionPolicy($S, $S)", op.table(), op.compressAfter());
  }

  @Override
  public CodeBlock visitRemoveCompressionPolicy(RemoveCompressionPolicy op) {
    return statement(op.columnstore() ? "op.removeColumnstorePolicy($S)"
        : "op.removeCompressionPolicy($S)", op.table());
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
    return statement("op.createContinuousAggregate($S,\n$S,\n$L)", op.view(), op.query(),
        op.materializedOnly());
  }

  @Override
  public CodeBlock visitDropContinuousAggregate(DropContinuousAggregate op) {
    return statement("op.dropContinuousAggregate($S)", op.view());
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

  @Override
  public CodeBlock visitCreateView(CreateView op) {
    if (!op.materialized()) {
      return statement("op.createView($S,\n$S)", op.view(), op.query());
    }
    return statement("op.createMaterializedView($S,\n$S,\n$L)", op.view(), op.query(),
        op.withData());
  }

  @Override
  public CodeBlock visitDropView(DropView op) {
    return statement(op.materialized() ? "op.dropMaterializedView($S)" : "op.dropView($S)",
        op.view());
  }

  /** A revision records nothing for it. */
  @Override
  public CodeBlock visitNoChange(NoChange op) {
    return CodeBlock.builder().build();
  }

  @Override
  public CodeBlock visitCreateEnumType(CreateEnumType op) {
    return statement("op.createEnumType($S, $L)", op.name(), DdlFactories.strings(op.values()));
  }

  @Override
  public CodeBlock visitDropEnumType(DropEnumType op) {
    return statement("op.dropEnumType($S)", op.name());
  }

  /** {@code op.alterEnumType(name, List.of(before), List.of(after), Map.of(renamed), columns)}. */
  @Override
  public CodeBlock visitAlterEnumType(AlterEnumType op) {
    CodeBlock.Builder call = CodeBlock.builder().add("op.alterEnumType($S,$W$T.of($L),$W$T.of($L),"
        + "$W$T.of(", op.name(), List.class, DdlFactories.strings(op.before()), List.class,
        DdlFactories.strings(op.after()), Map.class);
    call.add(CodeBlock.join(op.renamed().entrySet().stream()
        .map(e -> CodeBlock.of("$S, $S", e.getKey(), e.getValue())).toList(), ", "));
    call.add(")");
    op.columns().forEach(c -> call.add(",$W").add(ddl.enumColumn(c)));
    return CodeBlock.builder().addStatement("$L)", call.build()).build();
  }

  @Override
  public CodeBlock visitAddDimension(AddDimension op) {
    return statement("op.addDimension($S, $L)", op.table(), ddl.dimension(op.dimension()));
  }

  @Override
  public CodeBlock visitCreateSequence(CreateSequence op) {
    return statement("op.createSequence($L)", ddl.sequence(op.sequence()));
  }

  @Override
  public CodeBlock visitDropSequence(DropSequence op) {
    return statement("op.dropSequence($S)", op.name());
  }

  @Override
  public CodeBlock visitAlterSequence(AlterSequence op) {
    return statement("op.alterSequence($L)", ddl.sequence(op.sequence()));
  }
}
