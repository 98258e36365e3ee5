package io.tidemark.processor.diff;

import io.tidemark.dialect.Naming;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.Constraint;
import io.tidemark.ddl.CreateIndex;
import io.tidemark.ddl.DropConstraint;
import io.tidemark.ddl.DropIndex;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SetNullable;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.ValidateConstraint;
import io.tidemark.dialect.IndexColumn;
import io.tidemark.dialect.PostgresDialect;
import java.util.List;

/**
 * Decides the ops that change a table which already exists, so that no statement blocks its
 * writers for the length of a scan: indexes built concurrently (one chunk per transaction on a
 * hypertable, where TimescaleDB rejects CONCURRENTLY), keys that take over such an index, checks
 * and foreign keys added NOT VALID and validated on their own, NOT NULL proved by a validated
 * check. A table created in the same revision is empty and keeps the plain ops.
 */
public final class SafePlan {
  private final Plan plan;

  SafePlan(Plan plan) {
    this.plan = plan;
  }

  /**
   * The check that proves {@code column} of {@code table} NOT NULL, so that SET NOT NULL skips
   * its scan (PostgreSQL 12 and later); not validated yet, and dropped once NOT NULL is set.
   */
  public static CheckDef notNullCheck(String table, String column) {
    String local = table.substring(table.indexOf('.') + 1);
    return new CheckDef(Naming.fit(local + "_" + column + "_not_null_check"),
        PostgresDialect.quote(column) + " IS NOT NULL").notValid();
  }

  /** Builds {@code index} on {@code table} without blocking writes to the whole table. */
  void createIndex(String table, IndexDef index, boolean hypertable) {
    plan.add(Phase.CREATE_INDEX, new CreateIndex(table, built(index, hypertable)));
  }

  /**
   * Drops {@code index} concurrently; on a hypertable, which rejects that, in the transaction
   * (a drop reads no rows). The downgrade builds it again the same safe way.
   */
  void dropIndex(String table, IndexDef index, boolean hypertable) {
    plan.add(Phase.DROP_INDEX,
        new DropIndex(table, index.name(), !hypertable, built(index, hypertable)));
  }

  /**
   * {@code index} built concurrently or one chunk per transaction; a unique index of a
   * hypertable can be neither, so it stays a plain build.
   */
  private static IndexDef built(IndexDef index, boolean hypertable) {
    if (!hypertable) {
      return index.concurrently();
    }
    return index.uniqueIndex() ? index : index.transactionPerChunk();
  }

  /**
   * A primary key or unique constraint: its unique index built concurrently, then taken over.
   * TimescaleDB refuses to take over an index on a hypertable, so there the key builds its own.
   */
  void addKey(String table, Constraint key, List<String> columns, boolean hypertable) {
    if (hypertable) {
      plan.add(Phase.ADD_CONSTRAINT, new AddConstraint(table, key));
      return;
    }
    List<String> entries =
        columns.stream().map(c -> new IndexColumn(c, null, null, null).entry()).toList();
    boolean nullsNotDistinct = key instanceof UniqueDef unique && unique.equalNulls();
    IndexDef index = new IndexDef(key.name(), entries, true, null, null, List.of(), false, false,
        nullsNotDistinct);
    plan.addUndoneElsewhere(Phase.CREATE_INDEX, new CreateIndex(table, index.concurrently()));
    Constraint takeover = key instanceof PrimaryKeyDef pk ? pk.usingIndex(key.name())
        : ((UniqueDef) key).usingIndex(key.name());
    plan.add(Phase.ATTACH_INDEX, new AddConstraint(table, takeover));
  }

  /** A check added NOT VALID in the revision's transaction, then validated on its own. */
  void addCheck(String table, CheckDef check) {
    plan.add(Phase.ADD_CONSTRAINT, new AddConstraint(table, check.notValid()));
    plan.add(Phase.VALIDATE_CHECK, new ValidateConstraint(table, check.name()));
  }

  /** A foreign key added NOT VALID in the revision's transaction, then validated on its own. */
  void addForeignKey(String table, ForeignKeyDef key) {
    plan.add(Phase.ADD_FOREIGN_KEY, new AddConstraint(table, key.notValid()));
    plan.add(Phase.VALIDATE_FOREIGN_KEY, new ValidateConstraint(table, key.name()));
  }

  /**
   * SET NOT NULL through {@link #notNullCheck}: the check added NOT VALID and validated on its
   * own, then SET NOT NULL (which the check spares its scan) and the check's drop in one short
   * transaction. The downgrade is DROP NOT NULL alone.
   */
  void setNotNull(String table, String column) {
    CheckDef check = notNullCheck(table, column);
    plan.addUndoneElsewhere(Phase.ADD_CONSTRAINT, new AddConstraint(table, check));
    plan.add(Phase.VALIDATE_CHECK, new ValidateConstraint(table, check.name()));
    plan.add(Phase.SET_NOT_NULL, new SetNullable(table, column, false));
    plan.addUndoneElsewhere(Phase.SET_NOT_NULL, new DropConstraint(table, check.name(), check));
  }
}
