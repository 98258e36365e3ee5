package io.tidemark.processor.diff;

import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.ConvertToPlainTable;
import io.tidemark.ddl.CreateHypertable;
import io.tidemark.ddl.DropColumn;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropContinuousAggregate;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.DropTable;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;

/** The operations a diff is expected to produce, each carrying what its reverse needs. */
final class Expected {
  private Expected() {}

  static DropTable dropTable(TableNode table) {
    return new DropTable(table.qualifiedName(), table.createTable());
  }

  static DropColumn dropColumn(String table, ColumnDef column) {
    return new DropColumn(table, column.name(), column);
  }

  /** A type change from {@code before}'s type, converting with an explicit cast. */
  static AlterColumnType alterType(String table, ColumnDef before, String type) {
    return new AlterColumnType(table, before.name(), type, AlterColumnType.cast(before.name(), type),
        before);
  }

  static DropConstraint dropConstraint(String table, Constraint constraint) {
    return new DropConstraint(table, constraint.name(), constraint);
  }

  /** The drop of an index of an existing plain table, which the downgrade builds again so. */
  static DropIndex dropIndexConcurrently(String table, IndexDef index) {
    return new DropIndex(table, index.name(), true, index.concurrently());
  }

  /** The drop of an index of an existing hypertable, built again one chunk at a time. */
  static DropIndex dropIndexOfHypertable(String table, IndexDef index) {
    return new DropIndex(table, index.name(), false, index.transactionPerChunk());
  }

  static CreateHypertable createHypertable(String table, TimescaleNode hypertable, boolean migrate) {
    return new CreateHypertable(table, dimensions(hypertable, migrate));
  }

  static ConvertToPlainTable convert(String table, TimescaleNode hypertable, boolean migrate) {
    return new ConvertToPlainTable(table, dimensions(hypertable, migrate));
  }

  static DropContinuousAggregate dropAggregate(AggregateNode aggregate) {
    return new DropContinuousAggregate(aggregate.qualifiedName(), aggregate.createAggregate());
  }

  private static HypertableDef dimensions(TimescaleNode hypertable, boolean migrate) {
    return migrate ? hypertable.dimensions().migrateData() : hypertable.dimensions();
  }
}
