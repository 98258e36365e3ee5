package io.tidemark;

import io.tidemark.ddl.Operation;
import io.tidemark.dialect.PostgresDialect;
import io.tidemark.dialect.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Runs rendered operations on a real connection and reads query results back as text rows. */
final class Live {
  private static final PostgresDialect DIALECT = new PostgresDialect();

  private Live() {}

  /** Runs each statement, committing transactional ones one by one, the rest in autocommit. */
  static void apply(Connection connection, Operation... ops) throws Exception {
    for (Operation op : ops) {
      for (Statement statement : DIALECT.render(op)) {
        connection.setAutoCommit(!statement.transactional());
        try (java.sql.Statement s = connection.createStatement()) {
          s.execute(statement.sql());
        }
        if (!connection.getAutoCommit()) {
          connection.commit();
        }
      }
    }
    connection.setAutoCommit(true);
  }

  /** The query's rows, cells joined by {@code |}. */
  static List<String> rows(Connection connection, String query, Object... args) throws Exception {
    List<String> rows = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement(query)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        int width = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> cells = new ArrayList<>();
          for (int i = 1; i <= width; i++) {
            cells.add(rs.getString(i));
          }
          rows.add(String.join("|", cells));
        }
      }
    }
    return rows;
  }
}
