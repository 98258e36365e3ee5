package io.tidemark.executor;

import io.tidemark.executor.RevisionScript.Segment;
import io.tidemark.history.VersionTable;
import java.time.Duration;
import java.util.List;

/**
 * Writes revision scripts as an SQL file for psql: the session settings and version-table
 * DDL first, then each revision with the same statements an online run sends, transactional
 * parts between {@code BEGIN} and {@code COMMIT}, non-transactional statements on their own.
 */
public final class OfflineScript {
  private OfflineScript() {}

  public static String write(String title, VersionTable table, List<RevisionScript> scripts,
      Duration lockTimeout, Duration statementTimeout) {
    StringBuilder sql = new StringBuilder();
    sql.append("-- Tidemark offline SQL: ").append(title).append('\n')
        .append("-- Apply with: psql -v ON_ERROR_STOP=1 -f <this file>\n\n")
        .append("SET lock_timeout = ").append(Session.interval(lockTimeout)).append(";\n")
        .append("SET statement_timeout = ").append(Session.interval(statementTimeout))
        .append(";\n\n");
    for (String statement : table.create()) {
      terminate(sql, statement);
    }
    for (RevisionScript script : scripts) {
      sql.append("\n-- Running ").append(script.upgrade() ? "upgrade " : "downgrade ")
          .append(script.arrow()).append(", ").append(oneLine(script.node().message()))
          .append('\n');
      for (Segment segment : script.segments()) {
        if (segment.transactional()) {
          sql.append("BEGIN;\n");
        }
        for (String statement : segment.sql()) {
          terminate(sql, statement);
        }
        if (segment.transactional()) {
          sql.append("COMMIT;\n");
        }
      }
    }
    return sql.toString();
  }

  private static void terminate(StringBuilder sql, String statement) {
    String text = statement.strip();
    while (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    String lastLine = text.substring(text.lastIndexOf('\n') + 1);
    sql.append(text).append(lastLine.contains("--") ? "\n;\n" : ";\n");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
