package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/** Creates an enum type ({@code "name"} or {@code "schema.name"}) with its values in order. */
public record CreateEnumType(String name, List<String> values) implements Operation {
  public CreateEnumType {
    Objects.requireNonNull(name, "name");
    values = EnumValues.checked(name, values);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateEnumType(this);
  }

  @Override
  public Operation reverse() {
    return new DropEnumType(name, values);
  }

  @Override
  public String subject() {
    return name;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }
}
