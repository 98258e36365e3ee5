package io.tidemark.ddl;

import java.util.List;

/**
 * One recorded schema operation. Table and view names are {@code "name"} or
 * {@code "schema.name"}; each record dispatches to the matching {@link OperationVisitor}
 * method, so a new operation does not compile until every back end handles it.
 */
public sealed interface Operation {
  <R> R accept(OperationVisitor<R> visitor);

  /** Creates a schema if it does not exist. */
  record CreateSchema(String schema) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitCreateSchema(this);
    }
  }

  /** Drops an empty schema. */
  record DropSchema(String schema) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDropSchema(this);
    }
  }

  /** Creates a table with its columns and constraints. */
  record CreateTable(String table, List<ColumnDef> columns, List<Constraint> constraints) implements Operation {
    public CreateTable {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitCreateTable(this);
    }
  }

  /** Drops a table. */
  record DropTable(String table) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDropTable(this);
    }
  }

  /** Renames a table within its schema. */
  record RenameTable(String table, String newName) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRenameTable(this);
    }
  }

  /** Adds a column. */
  record AddColumn(String table, ColumnDef column) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAddColumn(this);
    }
  }

  /** Drops a column. */
  record DropColumn(String table, String column) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDropColumn(this);
    }
  }

  /** Renames a column. */
  record RenameColumn(String table, String column, String newName) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRenameColumn(this);
    }
  }

  /** Changes a column's type; {@code using} is the cast expression or {@code null}. */
  record AlterColumnType(String table, String column, String type, String using) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAlterColumnType(this);
    }
  }

  /** Sets or drops NOT NULL. */
  record SetNullable(String table, String column, boolean nullable) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitSetNullable(this);
    }
  }

  /** Sets a column default; {@code null} drops it. */
  record SetDefault(String table, String column, String defaultValue) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitSetDefault(this);
    }
  }

  /** Adds a named constraint. */
  record AddConstraint(String table, Constraint constraint) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAddConstraint(this);
    }
  }

  /** Drops a named constraint. */
  record DropConstraint(String table, String name) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDropConstraint(this);
    }
  }

  /**
   * Renames a constraint. Renaming a primary key or unique constraint renames its index too,
   * as PostgreSQL keeps the two names equal.
   */
  record RenameConstraint(String table, String name, String newName) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRenameConstraint(this);
    }
  }

  /** Creates an index. */
  record CreateIndex(String table, IndexDef index) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitCreateIndex(this);
    }
  }

  /** Drops an index of the table's schema. */
  record DropIndex(String table, String name, boolean concurrently) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDropIndex(this);
    }
  }

  /**
   * Renames an index of the table's schema. Renaming the index of a primary key or unique
   * constraint renames the constraint too.
   */
  record RenameIndex(String table, String name, String newName) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRenameIndex(this);
    }
  }

  /** Runs SQL written by hand. */
  record RawSql(String sql, boolean transactional) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRawSql(this);
    }
  }

  /** Turns a table into a TimescaleDB hypertable. */
  record CreateHypertable(String table, HypertableDef hypertable) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitCreateHypertable(this);
    }
  }

  /** Turns a hypertable back into a plain table with the same rows. */
  record ConvertToPlainTable(String table) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitConvertToPlainTable(this);
    }
  }

  /** Changes the chunk interval of new chunks. */
  record SetChunkTimeInterval(String table, String interval) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitSetChunkTimeInterval(this);
    }
  }

  /** Enables compression with its settings. */
  record EnableCompression(String table, CompressionDef compression) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitEnableCompression(this);
    }
  }

  /** Decompresses all chunks and disables compression. */
  record DisableCompression(String table) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDisableCompression(this);
    }
  }

  /** Adds the compression policy. */
  record AddCompressionPolicy(String table, String compressAfter) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAddCompressionPolicy(this);
    }
  }

  /** Removes the compression policy. */
  record RemoveCompressionPolicy(String table) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRemoveCompressionPolicy(this);
    }
  }

  /** Adds the retention policy. */
  record AddRetentionPolicy(String table, String dropAfter) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAddRetentionPolicy(this);
    }
  }

  /** Removes the retention policy. */
  record RemoveRetentionPolicy(String table) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRemoveRetentionPolicy(this);
    }
  }

  /** Adds the reorder policy. */
  record AddReorderPolicy(String table, String index) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAddReorderPolicy(this);
    }
  }

  /** Removes the reorder policy. */
  record RemoveReorderPolicy(String table) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRemoveReorderPolicy(this);
    }
  }

  /** Creates a continuous aggregate WITH NO DATA. */
  record CreateContinuousAggregate(String view, String query, boolean materializedOnly) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitCreateContinuousAggregate(this);
    }
  }

  /** Drops a continuous aggregate. */
  record DropContinuousAggregate(String view) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitDropContinuousAggregate(this);
    }
  }

  /** Changes whether a continuous aggregate reads only materialized data. */
  record SetMaterializedOnly(String view, boolean materializedOnly) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitSetMaterializedOnly(this);
    }
  }

  /** Adds a continuous aggregate refresh policy. */
  record AddRefreshPolicy(String view, String startOffset, String endOffset, String scheduleInterval) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitAddRefreshPolicy(this);
    }
  }

  /** Removes a continuous aggregate refresh policy. */
  record RemoveRefreshPolicy(String view) implements Operation {
    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
      return visitor.visitRemoveRefreshPolicy(this);
    }
  }
}
