package io.tidemark.ddl;

import java.util.List;
import java.util.Objects;

/** Drops an enum type; {@code values} are its values, {@code null} when recorded without them. */
public record DropEnumType(String name, List<String> values) implements Operation {
  public DropEnumType {
    Objects.requireNonNull(name, "name");
    values = values == null ? null : EnumValues.checked(name, values);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitDropEnumType(this);
  }

  @Override
  public Operation reverse() {
    if (values == null) {
      throw Irreversible.because(this, "the values of the dropped enum type");
    }
    return new CreateEnumType(name, values);
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
