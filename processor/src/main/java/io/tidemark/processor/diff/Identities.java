package io.tidemark.processor.diff;

import io.tidemark.ddl.AddIdentity;
import io.tidemark.ddl.AlterIdentity;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.DropIdentity;
import java.util.Objects;

/**
 * Decides the identity ops of a kept column: one dropped before the column's other changes (a
 * default or DROP NOT NULL is refused on an identity column), one added after them (it needs
 * NOT NULL and no default), one changed in place.
 */
final class Identities {
  private Identities() {}

  /** Drops the identity {@code column} loses; returns the column as the next ops find it. */
  static ColumnDef drop(Plan plan, String table, ColumnDef previous, ColumnDef column) {
    if (previous.identity() == null || column.identity() != null) {
      return previous;
    }
    plan.add(Phase.ALTER_COLUMN, new DropIdentity(table, column.name(), previous.identity()));
    return previous.identity(null);
  }

  static void addOrAlter(Plan plan, String table, ColumnDef previous, ColumnDef column) {
    if (column.identity() == null || Objects.equals(previous.identity(), column.identity())) {
      return;
    }
    if (previous.identity() == null) {
      plan.add(Phase.ADD_IDENTITY, new AddIdentity(table, column.name(), column.identity()));
    } else {
      plan.add(Phase.ALTER_COLUMN, new AlterIdentity(table, column.name(), column.identity(),
          previous.identity()));
    }
  }
}
