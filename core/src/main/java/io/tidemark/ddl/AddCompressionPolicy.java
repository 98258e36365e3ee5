package io.tidemark.ddl;

import java.util.Objects;

/**
 * Adds the compression policy of a hypertable or continuous aggregate, under the legacy name or
 * (with {@code columnstore}) as {@code add_columnstore_policy} of TimescaleDB 2.18+.
 */
public record AddCompressionPolicy(String table, String compressAfter, boolean columnstore)
    implements Operation {
  public AddCompressionPolicy {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(compressAfter, "compressAfter");
  }

  /** Under the legacy name. */
  public AddCompressionPolicy(String table, String compressAfter) {
    this(table, compressAfter, false);
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAddCompressionPolicy(this);
  }

  @Override
  public Operation reverse() {
    return new RemoveCompressionPolicy(table, compressAfter, columnstore);
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
