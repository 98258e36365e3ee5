package io.tidemark.dialect;

import static io.tidemark.dialect.Sql.literal;
import static io.tidemark.dialect.Sql.qualified;
import static io.tidemark.dialect.Sql.quote;

import io.tidemark.ddl.ColumnDef;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the SQL of comments: {@code COMMENT ON TABLE} and {@code COMMENT ON COLUMN} with the
 * text as a string literal, {@code IS NULL} to remove one; a new table or column states its
 * column comments right after it is created.
 */
final class CommentSql {
  private CommentSql() {}

  /** The comment of {@code table}, or of its {@code column} when that is not {@code null}. */
  static String set(String table, String column, String comment) {
    String target = column == null ? "TABLE " + qualified(table)
        : "COLUMN " + qualified(table) + "." + quote(column);
    return "COMMENT ON " + target + " IS " + (comment == null ? "NULL" : literal(comment));
  }

  /** {@code created} followed by the comments of those {@code columns} that have one. */
  static List<Statement> withColumnComments(String created, String table,
      List<ColumnDef> columns) {
    List<Statement> statements = new ArrayList<>();
    statements.add(new Statement(created, true));
    for (ColumnDef column : columns) {
      if (column.comment() != null) {
        statements.add(new Statement(set(table, column.name(), column.comment()), true));
      }
    }
    return List.copyOf(statements);
  }
}
