package io.tidemark.ddl;

import java.util.Objects;

/**
 * Adds a dimension to a hypertable, which TimescaleDB allows only while it holds no rows. It
 * cannot remove one, so the reverse changes nothing: a downgrade leaves the dimension.
 */
public record AddDimension(String table, DimensionDef dimension) implements Operation {
  public AddDimension {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(dimension, "dimension");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddDimension(this);
  }

  @Override
  public Operation reverse() {
    return new NoChange(this);
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
