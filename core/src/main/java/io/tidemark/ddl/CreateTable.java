package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/** Creates a table with its columns and constraints. */
public record CreateTable(
    String table, List<ColumnDef> columns, List<Constraint> constraints)
    implements Operation {
  public CreateTable {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    constraints = List.copyOf(constraints);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateTable(this);
  }

  @Override
  public Operation reverse() {
    return new DropTable(table, this);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
