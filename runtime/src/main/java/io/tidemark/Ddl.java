package io.tidemark;

import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.EnumColumn;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.UniqueDef;
import java.util.List;

/**
 * Static factories for the definitions passed to {@link Operations}; revisions import them
 * statically: {@code op.addColumn("users", column("email", "text").notNull())}.
 */
public final class Ddl {
  private Ddl() {}

  public static ColumnDef column(String name, String type) {
    return new ColumnDef(name, type, true, null);
  }

  public static PrimaryKeyDef primaryKey(String name, String... columns) {
    return new PrimaryKeyDef(name, List.of(columns));
  }

  public static UniqueDef unique(String name, String... columns) {
    return new UniqueDef(name, List.of(columns));
  }

  public static CheckDef check(String name, String expression) {
    return new CheckDef(name, expression);
  }

  /** A foreign key; complete it with {@link ForeignKeyDef#references}. */
  public static ForeignKeyDef foreignKey(String name, String... columns) {
    return new ForeignKeyDef(name, List.of(columns), null, List.of(), null, null);
  }

  public static IndexDef index(String name, String... columns) {
    return new IndexDef(name, List.of(columns), false, null, null, List.of(), false);
  }

  public static HypertableDef hypertable(String timeColumn) {
    return new HypertableDef(timeColumn, null, null, 0, false);
  }

  /**
   * A column of an enum type, for {@link Operations#alterEnumType}; {@code defaultValue} is its
   * default as SQL ({@code "'NEW'::order_status"}), or {@code null}.
   */
  public static EnumColumn enumColumn(String table, String column, String defaultValue) {
    return new EnumColumn(table, column, defaultValue);
  }

  public static CompressionDef compression() {
    return new CompressionDef(List.of(), List.of());
  }
}
