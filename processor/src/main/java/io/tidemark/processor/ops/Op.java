package io.tidemark.processor.ops;

/**
 * One schema change found by the diff. Each op knows its {@link #reverse()}, so a downgrade is
 * the reverses of the upgrade in reverse order; back ends dispatch through {@link OpVisitor}.
 */
public sealed interface Op
    permits CreateSchema,
        DropSchema,
        CreateTable,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumnType,
        SetNullable,
        SetDefault,
        AddPrimaryKey,
        DropPrimaryKey,
        AddUnique,
        DropUnique,
        AddCheck,
        DropCheck,
        AddForeignKey,
        DropForeignKey,
        RenameConstraint,
        CreateIndex,
        DropIndex,
        RenameIndex,
        CreateHypertable,
        ConvertToPlainTable,
        SetChunkTimeInterval,
        EnableCompression,
        DisableCompression,
        AddCompressionPolicy,
        RemoveCompressionPolicy,
        AddRetentionPolicy,
        RemoveRetentionPolicy,
        AddReorderPolicy,
        RemoveReorderPolicy,
        CreateContinuousAggregate,
        DropContinuousAggregate,
        SetMaterializedOnly,
        AddRefreshPolicy,
        RemoveRefreshPolicy {
  <R> R accept(OpVisitor<R> visitor);

  /** The op that undoes this one. */
  Op reverse();

  /** Qualified name of the table or view this op changes (the schema name for schema ops). */
  String subject();

  /**
   * Whether the op changes nothing but its subject, so that a drop of the subject later in the
   * same list makes it pointless (and, for decompression or conversion, needlessly slow).
   */
  boolean localToSubject();
}
