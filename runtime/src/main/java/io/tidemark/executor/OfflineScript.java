package io.tidemark.executor;

import io.tidemark.dialect.PostgresDialect;
import io.tidemark.executor.RevisionScript.Segment;
import io.tidemark.history.VersionTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes revision scripts as an SQL file for psql, with the same statements an online run
 * sends. Run alone, each revision's transactional part commits on its own and
 * non-transactional statements stand between them, as online; under {@code psql -1} (or any
 * enclosing transaction, which the script detects) the revisions add no transaction control of
 * their own, so the whole file commits or rolls back as one, and a script with
 * non-transactional statements stops before changing anything.
 */
public final class OfflineScript {
  /** The psql variables that stand where a revision's transaction begins and commits. */
  private static final String BEGIN = ":tidemark_begin";
  private static final String COMMIT = ":tidemark_commit";

  private OfflineScript() {}

  /**
   * The script of {@code scripts}. psql cannot retry: each transactional part sets one
   * attempt's {@code lock_timeout} of {@code locks} (or of its revision) and a lock timeout
   * stops the script; statements outside a transaction wait for the whole budget.
   */
  public static String write(String title, VersionTable table, List<RevisionScript> scripts,
      LockRetry locks, Duration statementTimeout) {
    Duration session = locks.aloneTimeout(Duration.ZERO);
    StringBuilder sql = new StringBuilder();
    sql.append("-- Tidemark offline SQL: ").append(title).append('\n')
        .append("-- Apply with psql 10 or later: 'psql -f <this file>' commits each revision on\n")
        .append("-- its own, as an online run does; 'psql -1 -f <this file>' applies them all in\n")
        .append("-- one transaction. Each transaction waits at most its SET LOCAL lock_timeout\n")
        .append("-- for a lock; psql does not retry, so a lock timeout stops the script there.\n")
        .append("\\set ON_ERROR_STOP on\n")
        .append("\\set AUTOCOMMIT on\n\n")
        .append("SET lock_timeout = ").append(Session.interval(session)).append(";\n")
        .append("SET statement_timeout = ").append(Session.interval(statementTimeout))
        .append(";\n\n");
    transactionControl(sql, scripts);
    terminate(sql, table.createIfMissing());
    for (RevisionScript script : scripts) {
      sql.append("\n-- Running ").append(script.upgrade() ? "upgrade " : "downgrade ")
          .append(script.arrow()).append(", ").append(oneLine(script.node().message()))
          .append('\n');
      LockRetry revision = locks.forRevision(script.node());
      for (Segment segment : script.segments()) {
        if (segment.transactional()) {
          sql.append(BEGIN).append('\n');
          terminate(sql, revision.attemptSetting());
        } else if (!revision.aloneTimeout(Duration.ZERO).equals(session)) {
          session = revision.aloneTimeout(Duration.ZERO);
          terminate(sql, "SET lock_timeout = " + Session.interval(session));
        }
        for (String statement : segment.sql()) {
          terminate(sql, statement);
        }
        if (segment.transactional()) {
          sql.append(COMMIT).append('\n');
        }
      }
    }
    return sql.toString();
  }

  /**
   * Sets {@link #BEGIN} and {@link #COMMIT}: empty inside an enclosing transaction, which the
   * first command of a transaction cannot be in (there {@code now()} equals
   * {@code statement_timestamp()}), {@code BEGIN;} and {@code COMMIT;} otherwise. A script
   * with non-transactional statements raises an error inside one instead.
   */
  private static void transactionControl(StringBuilder sql, List<RevisionScript> scripts) {
    List<String> alone = new ArrayList<>();
    for (RevisionScript script : scripts) {
      if (!script.transactional()) {
        alone.add(script.node().id() + " (" + oneLine(script.node().message()) + ")");
      }
    }
    sql.append("SELECT now() <> statement_timestamp() AS tidemark_in_transaction \\gset\n")
        .append("\\if :tidemark_in_transaction\n");
    if (alone.isEmpty()) {
      variables(sql, "", "");
      sql.append("\\else\n");
      variables(sql, "BEGIN;", "COMMIT;");
      sql.append("\\endif\n\n");
    } else {
      sql.append("\\set SHOW_CONTEXT never\n");
      sql.append("DO $tidemark$ BEGIN RAISE EXCEPTION USING MESSAGE = ")
          .append(PostgresDialect.literal("Tidemark: revision" + (alone.size() > 1 ? "s " : " ")
              + String.join(", ", alone) + " cannot run inside a transaction block (for "
              + "example CREATE INDEX CONCURRENTLY). Apply this script without psql "
              + "--single-transaction (-1); nothing was changed."))
          .append("; END $tidemark$;\n")
          .append("\\endif\n");
      variables(sql, "BEGIN;", "COMMIT;");
      sql.append('\n');
    }
  }

  private static void variables(StringBuilder sql, String begin, String commit) {
    sql.append("\\set tidemark_begin '").append(begin).append("'\n")
        .append("\\set tidemark_commit '").append(commit).append("'\n");
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
