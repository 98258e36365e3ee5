package io.tidemark;

import java.sql.SQLException;

/**
 * The one exception Tidemark's runtime throws: an {@link ErrorCode}, what is wrong and what to
 * do, and where known the revision, the SQL statement, SQLState and vendor code.
 */
public final class TidemarkException extends RuntimeException {
  private static final int MAX_STATEMENT = 1024;

  private final ErrorCode code;
  private final String revision;
  private final String statement;
  private final String sqlState;
  private final int vendorCode;

  public TidemarkException(ErrorCode code, String message) {
    this(code, message, null, null, null);
  }

  public TidemarkException(ErrorCode code, String message, Throwable cause) {
    this(code, message, null, null, cause);
  }

  public TidemarkException(
      ErrorCode code, String message, String revision, String statement, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.revision = revision;
    this.statement = statement == null ? null : cut(statement);
    SQLException sql = sqlCause(cause);
    this.sqlState = sql == null ? null : sql.getSQLState();
    this.vendorCode = sql == null ? 0 : sql.getErrorCode();
  }

  private static SQLException sqlCause(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof SQLException e) {
        return e.getNextException() != null && e.getSQLState() == null ? e.getNextException() : e;
      }
    }
    return null;
  }

  private static String cut(String sql) {
    String trimmed = sql.strip();
    return trimmed.length() <= MAX_STATEMENT
        ? trimmed
        : trimmed.substring(0, MAX_STATEMENT) + " ... (" + (trimmed.length() - MAX_STATEMENT)
            + " more characters)";
  }

  public ErrorCode code() {
    return code;
  }

  /** The revision being run or named, or null. */
  public String revision() {
    return revision;
  }

  /** The SQL statement that failed, cut to about 1 KB, or null. */
  public String statement() {
    return statement;
  }

  /** SQLState of the database error, or null. */
  public String sqlState() {
    return sqlState;
  }

  /** Vendor error code of the database error, 0 when there is none. */
  public int vendorCode() {
    return vendorCode;
  }

  /** The message with its code, revision, statement and SQLState, as the CLI prints it. */
  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder("[").append(code).append("] ").append(super.getMessage());
    if (revision != null) {
      text.append("\n    revision: ").append(revision);
    }
    if (sqlState != null) {
      text.append("\n    SQLState: ").append(sqlState);
      if (vendorCode != 0) {
        text.append(", vendor code ").append(vendorCode);
      }
    }
    if (statement != null) {
      text.append("\n    statement: ").append(statement.replace("\n", "\n      "));
    }
    return text.toString();
  }

  /** The message alone, without code and context. */
  public String reason() {
    return super.getMessage();
  }
}
