package io.tidemark.ddl;

/**
 * One schema operation, recorded by a revision through {@code Operations} or found by the
 * processor's diff. Table and view names are {@code "name"} or {@code "schema.name"}. Each
 * record dispatches to its {@link OperationVisitor} method, so a new operation does not compile
 * until every back end (SQL, revision source, description) handles it.
 */
public sealed interface Operation
    permits CreateExtension,
        CreateSchema,
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
        AddIdentity,
        AlterIdentity,
        DropIdentity,
        AddConstraint,
        DropConstraint,
        RenameConstraint,
        ValidateConstraint,
        CreateIndex,
        DropIndex,
        RenameIndex,
        RawSql,
        CreateHypertable,
        ConvertToPlainTable,
        SetChunkTimeInterval,
        AddDimension,
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
        RemoveRefreshPolicy,
        CreateEnumType,
        DropEnumType,
        AlterEnumType,
        CreateSequence,
        DropSequence,
        AlterSequence,
        CreateView,
        DropView,
        NoChange {
  <R> R accept(OperationVisitor<R> visitor);

  /**
   * The operation that undoes this one, so a downgrade is the reverses of the upgrade in reverse
   * order. Operations from the diff carry what their reverse needs; one recorded without it (a
   * {@code dropColumn} knows no column definition) throws {@link UnsupportedOperationException}
   * naming what is missing. One that leaves nothing to undo returns a {@link NoChange}.
   */
  Operation reverse();

  /**
   * Qualified name of the table or view this operation changes, the schema's name for schema
   * operations, {@code null} for raw SQL.
   */
  String subject();

  /**
   * Whether it changes nothing but its subject, so that a drop of the subject later in the same
   * list makes it pointless (and, for decompression or conversion, needlessly slow).
   */
  boolean localToSubject();
}
