package io.tidemark.processor.render;

import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.SqlListing;
import io.tidemark.dialect.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the part of a revision's Javadoc that shows the SQL it runs on PostgreSQL, upgrade
 * and downgrade, in the lines {@code tidemark show} prints, so that a reviewer reads SQL in the
 * pull request. A direction longer than {@link #MAX_LINES} lines (a first revision of hundreds
 * of tables) ends, after its last whole statement that fits, in a line saying how many
 * statements are left out and how to see them.
 */
final class SqlJavadoc {
  /** Lines of SQL shown per direction. */
  static final int MAX_LINES = 400;

  private SqlJavadoc() {}

  /** The Javadoc paragraphs for revision {@code id}; empty when it runs no SQL. */
  static String of(String id, List<Operation> upgrade, List<Operation> downgrade) {
    if (upgrade.isEmpty() && downgrade.isEmpty()) {
      return "";
    }
    PostgresDialect dialect = new PostgresDialect();
    return "\n<p>Upgrade, as {@code tidemark show " + id + "} prints it (PostgreSQL):\n"
        + block(id, dialect, upgrade) + "\n<p>Downgrade:\n" + block(id, dialect, downgrade);
  }

  private static String block(String id, PostgresDialect dialect, List<Operation> operations) {
    List<List<String>> statements = new ArrayList<>();
    for (Operation operation : operations) {
      for (Statement statement : dialect.render(operation)) {
        statements.add(SqlListing.lines(List.of(statement)));
      }
    }
    StringBuilder text = new StringBuilder("<pre>{@code\n");
    int lines = 0;
    for (int i = 0; i < statements.size(); i++) {
      List<String> statement = statements.get(i);
      if (lines + statement.size() > MAX_LINES && i > 0) {
        int left = statements.size() - i;
        text.append("-- ... ").append(left)
            .append(left == 1 ? " more statement" : " more statements")
            .append(": tidemark show ").append(id).append(" prints them all\n");
        break;
      }
      for (String line : statement) {
        text.append(escaped(line)).append('\n');
      }
      lines += statement.size();
    }
    return text.append("}</pre>\n").toString();
  }

  /**
   * The line as Java source can hold it in a comment: {@code *}{@code /} would end the comment,
   * and a backslash before {@code u} would start a Unicode escape, so the backslash is written
   * as the escape {@code \u005c}, which javac turns back into a backslash and nothing more.
   */
  static String escaped(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int backslashes = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && backslashes % 2 == 0 && i + 1 < line.length() && line.charAt(i + 1) == 'u') {
        out.append("\\u005c");
      } else if (c == '/' && i > 0 && line.charAt(i - 1) == '*') {
        out.append("&#47;");
      } else {
        out.append(c);
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
    }
    return out.toString();
  }
}
