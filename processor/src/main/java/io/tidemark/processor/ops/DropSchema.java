package io.tidemark.processor.ops;

import java.util.Objects;

/** Drops a schema that the last table or view in it has left. */
public record DropSchema(String schema) implements Op {
  public DropSchema {
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitDropSchema(this);
  }

  @Override
  public Op reverse() {
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
