package io.tidemark.ddl;

import java.util.Objects;

/** Drops an empty schema. */
public record DropSchema(String schema) implements Operation {
  public DropSchema {
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropSchema(this);
  }

  @Override
  public Operation reverse() {
    return new CreateSchema(schema);
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
