package io.tidemark.processor.ops;

import java.util.Objects;

/** Creates a schema that a table or view is the first to use. */
public record CreateSchema(String schema) implements Op {
  public CreateSchema {
    Objects.requireNonNull(schema, "schema");
  }

  @Override
  public <R> R accept(OpVisitor<R> visitor) {
    return visitor.visitCreateSchema(this);
  }

  @Override
  public Op reverse() {
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
