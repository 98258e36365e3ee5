package io.tidemark.ddl;

import java.util.Objects;

/** Creates a schema if it does not exist. */
public record CreateSchema(String schema) implements Operation {
  public CreateSchema {
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateSchema(this);
  }

  @Override
  public Operation reverse() {
    return new DropSchema(schema);
  }

  @Override
  public String subject() {
    return schema;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
