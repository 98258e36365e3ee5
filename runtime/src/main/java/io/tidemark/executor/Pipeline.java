package io.tidemark.executor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Sends transactions in one round trip, each in its own {@code BEGIN ... COMMIT}, and when one
 * fails names the statement it stopped at without running anything again. After each
 * statement and each {@code COMMIT} the batch sets a temporary sequence to the position
 * reached; a sequence keeps its value when the transaction rolls back, so after a failure it
 * still says how far the server got. A role that may not create temporary objects gets the
 * same answer from one round trip per statement instead.
 */
final class Pipeline {
  private static final String COUNTER = "pg_temp.tidemark_position";

  /**
   * Statements run as steps, then Tidemark's own rows, in one transaction that {@code setup}
   * (a {@code SET LOCAL}) opens.
   */
  record Transaction(String setup, List<String> steps, List<String> rows) {
    Transaction {
      Objects.requireNonNull(setup, "setup");
      steps = List.copyOf(steps);
      rows = List.copyOf(rows);
    }
  }

  /**
   * Where a batch stopped: the transaction that failed (index into the batch) and its step
   * that failed (from 0), or {@code steps().size()} when its rows or its COMMIT failed.
   */
  record Stop(int transaction, int step, SQLException error) {}

  /** A place the batch records once it is reached: steps done in a transaction, or its commit. */
  private record Mark(int transaction, int stepsDone, boolean committed) {}

  private final Connection connection;
  private Boolean counting;

  Pipeline(Connection connection) {
    this.connection = connection;
  }

  /**
   * Runs the transactions in order; returns null when all committed, otherwise where the
   * server stopped. Those before it committed; it and those after it did not run or were
   * rolled back.
   */
  Stop run(List<Transaction> transactions) throws SQLException {
    if (counting == null) {
      counting = createCounter();
    }
    List<Mark> marks = new ArrayList<>();
    // One string of statements, not a JDBC batch: the driver sends it in one round trip as
    // well, and accepts any number of results, where a batch fails when a statement written
    // by hand holds several.
    StringBuilder script = new StringBuilder();
    int reached = 0;
    try (Statement statement = connection.createStatement()) {
      if (counting) {
        append(script, "SELECT setval('" + COUNTER + "', 0)");
      }
      for (int t = 0; t < transactions.size(); t++) {
        Transaction transaction = transactions.get(t);
        send(statement, script, "BEGIN");
        send(statement, script, transaction.setup());
        for (int i = 0; i < transaction.steps().size(); i++) {
          send(statement, script, transaction.steps().get(i));
          marks.add(new Mark(t, i + 1, false));
          reached = mark(script, marks.size());
        }
        for (String row : transaction.rows()) {
          send(statement, script, row);
        }
        send(statement, script, "COMMIT");
        marks.add(new Mark(t, 0, true));
        reached = mark(script, marks.size());
      }
      if (counting) {
        statement.execute(script.toString());
      }
      return null;
    } catch (SQLException e) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ROLLBACK");
        if (counting) {
          try (ResultSet last = statement.executeQuery("SELECT last_value FROM " + COUNTER)) {
            last.next();
            reached = last.getInt(1);
          }
          if (reached > marks.size()) {
            throw new SQLException("the position counter reads " + reached + " after a batch "
                + "of " + marks.size() + " positions");
          }
        }
      } catch (SQLException broken) {
        broken.addSuppressed(e);
        throw broken;
      }
      return stop(reached == 0 ? null : marks.get(reached - 1), e);
    }
  }

  /** Adds a statement to the script, or without a counter runs it now. */
  private void send(Statement statement, StringBuilder script, String sql) throws SQLException {
    if (counting) {
      append(script, sql);
    } else {
      statement.execute(sql);
    }
  }

  /**
   * Records reaching mark {@code number}: a counter update in the script, or without a counter
   * nothing, as every statement so far has run. Returns the marks known to be reached.
   */
  private int mark(StringBuilder script, int number) {
    if (counting) {
      append(script, "SELECT setval('" + COUNTER + "', " + number + ")");
      return 0;
    }
    return number;
  }

  /** Appends one statement; the newline before the semicolon ends a trailing line comment. */
  private static void append(StringBuilder script, String sql) {
    String text = sql.strip();
    while (text.endsWith(";")) {
      text = text.substring(0, text.length() - 1).stripTrailing();
    }
    script.append(text).append("\n;\n");
  }

  private static Stop stop(Mark last, SQLException error) {
    if (last == null) {
      return new Stop(0, 0, error);
    }
    if (last.committed()) {
      return new Stop(last.transaction() + 1, 0, error);
    }
    return new Stop(last.transaction(), last.stepsDone(), error);
  }

  /**
   * Creates the session's counter; false when the role may not create temporary objects (or
   * the server refuses for another reason), and the batches then go statement by statement.
   */
  private boolean createCounter() {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMPORARY SEQUENCE IF NOT EXISTS tidemark_position MINVALUE 0");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
