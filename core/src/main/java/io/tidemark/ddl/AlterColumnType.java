package io.tidemark.ddl;

import io.tidemark.dialect.PostgresDialect;
import java.util.Objects;

/**
 * Changes a column's type; {@code using} is the conversion expression, {@code null} for
 * PostgreSQL's implicit cast; {@code existing} is the column before, {@code null} when
 * recorded without it. The reverse converts back with an explicit cast.
 */
public record AlterColumnType(
    String table, String column, String type, String using, ColumnDef existing)
    implements Operation {
  public AlterColumnType {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    Irreversible.sameName("column", column, existing == null ? null : existing.name());
  }

  @Override
  public <R> R accept(OperationVisitor<R> visitor) {
    return visitor.visitAlterColumnType(this);
  }

  @Override
  public Operation reverse() {
    if (existing == null) {
      throw Irreversible.because(this, "the column's previous type");
    }
    return new AlterColumnType(table, column, existing.type(), cast(column, existing.type()),
        existing.type(type));
  }

  @Override
  public String subject() {
    return table;
  }

  @Override
  public boolean localToSubject() {
    return true;
  }

  /** The {@code using} expression that converts {@code column} with an explicit cast. */
  public static String cast(String column, String type) {
    return PostgresDialect.quote(column) + "::" + type;
  }
}
