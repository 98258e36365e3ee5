package io.tidemark.ddl;

import java.util.Objects;

/** Adds the compression policy. */
public record AddCompressionPolicy(String table, String compressAfter) implements Operation {
  public AddCompressionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(compressAfter, "compressAfter");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddCompressionPolicy(this);
  }

  @Override
  public Operation reverse() {
    return new RemoveCompressionPolicy(table, compressAfter);
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
