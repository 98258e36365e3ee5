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
 * still says how far the server got. The batch starts at position 0 and ends by marking the
 * sequence unused again, so a sequence found unused after a failure means the server ran none
 * of the batch: under the simple query protocol it parses the whole message first, and a
 * syntax error anywhere rejects all of it. The batch is then sent again one statement at a
 * time, which finds the statement and runs nothing twice. A role that may not create
 * temporary objects gets the same answer from one round trip per statement always.
 */
final class Pipeline {
  private static final String COUNTER = "pg_temp.tidemark_position";
  /** Leaves the counter as it was created: unused, so that no position reads as reached. */
  private static final String UNUSED = "SELECT setval('" + COUNTER + "', 0, false)";

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
    if (!counting) {
      return oneByOne(transactions);
    }
    List<Mark> marks = new ArrayList<>();
    // One string of statements, not a JDBC batch: the driver sends it in one round trip as
    // well, and accepts any number of results, where a batch fails when a statement written
    // by hand holds several.
    StringBuilder script = new StringBuilder();
    append(script, mark(0));
    for (int t = 0; t < transactions.size(); t++) {
      Transaction transaction = transactions.get(t);
      append(script, "BEGIN");
      append(script, transaction.setup());
      for (int i = 0; i < transaction.steps().size(); i++) {
        append(script, transaction.steps().get(i));
        marks.add(new Mark(t, i + 1, false));
        append(script, mark(marks.size()));
      }
      for (String row : transaction.rows()) {
        append(script, row);
      }
      append(script, "COMMIT");
      marks.add(new Mark(t, 0, true));
      append(script, mark(marks.size()));
    }
    append(script, UNUSED);
    try (Statement statement = asWritten(connection)) {
      statement.execute(script.toString());
      return null;
    } catch (SQLException e) {
      Long reached = reached(e);
      if (reached == null) {
        return oneByOne(transactions);
      }
      if (reached > marks.size()) {
        throw new SQLException("the position counter reads " + reached + " after a batch of "
            + marks.size() + " positions");
      }
      return stop(reached == 0 ? null : marks.get((int) (reached - 1)), e);
    }
  }

  /**
   * After a failed batch: rolls back, reads how far the server got and marks the counter
   * unused again; null when the server ran none of the batch.
   */
  private Long reached(SQLException failure) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ROLLBACK");
      try (ResultSet last = statement.executeQuery(
          "SELECT CASE WHEN is_called THEN last_value END FROM " + COUNTER)) {
        last.next();
        long value = last.getLong(1);
        Long reached = last.wasNull() ? null : value;
        statement.execute(UNUSED);
        return reached;
      }
    } catch (SQLException broken) {
      broken.addSuppressed(failure);
      throw broken;
    }
  }

  /** Runs the transactions one statement at a time, so the one that fails is the last sent. */
  private Stop oneByOne(List<Transaction> transactions) throws SQLException {
    Mark reached = null;
    try (Statement statement = asWritten(connection)) {
      for (int t = 0; t < transactions.size(); t++) {
        Transaction transaction = transactions.get(t);
        statement.execute("BEGIN");
        statement.execute(transaction.setup());
        for (int i = 0; i < transaction.steps().size(); i++) {
          statement.execute(transaction.steps().get(i));
          reached = new Mark(t, i + 1, false);
        }
        for (String row : transaction.rows()) {
          statement.execute(row);
        }
        statement.execute("COMMIT");
        reached = new Mark(t, 0, true);
      }
      return null;
    } catch (SQLException e) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ROLLBACK");
      } catch (SQLException broken) {
        broken.addSuppressed(e);
        throw broken;
      }
      return stop(reached, e);
    }
  }

  /**
   * A statement for a revision's own SQL, which it sends as written: without JDBC escape
   * processing, the server receives exactly what {@code upgrade --sql} prints for psql.
   */
  static Statement asWritten(Connection connection) throws SQLException {
    Statement statement = connection.createStatement();
    statement.setEscapeProcessing(false);
    return statement;
  }

  /** The statement that records reaching mark {@code number}. */
  private static String mark(int number) {
    return "SELECT setval('" + COUNTER + "', " + number + ")";
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
      statement.execute("CREATE TEMPORARY SEQUENCE IF NOT EXISTS tidemark_position MINVALUE 0;\n"
          + UNUSED);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
