package io.tidemark.ddl;

import java.util.Objects;

/**
 * Runs SQL written by hand; {@code transactional} is false for SQL that PostgreSQL refuses in a
 * transaction block. It has no subject and no reverse.
 */
public record RawSql(String sql, boolean transactional) implements Operation {
  public RawSql {
    Objects.requireNonNull(sql, "sql");
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitRawSql(this);
  }

  @Override
  public Operation reverse() {
    throw new UnsupportedOperationException(
        "raw SQL cannot be reversed: write the SQL that undoes it by hand");
  }

  @Override
  public String subject() {
    return null;
  }

  @Override
  public boolean localToSubject() {
    return false;
  }
}
