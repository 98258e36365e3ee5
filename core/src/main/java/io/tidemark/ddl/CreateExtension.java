package io.tidemark.ddl;

import java.util.Objects;

/**
 * Creates an extension in the database if it does not exist ({@code timescaledb} before the
 * first revision that uses it). Its reverse is {@link NoChange}: a downgrade leaves the
 * extension in place, since it may have been there before and other objects may use it.
 */
public record CreateExtension(String name) implements Operation {
  public CreateExtension {
    Objects.requireNonNull(name, "name");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitCreateExtension(this);
  }

  @Override
  public Operation reverse() {
    return new NoChange(this);
  }

  @Override
  public String subject() {
    return name;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
