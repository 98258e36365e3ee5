package io.tidemark.processor.diff;

/**
 * Something the diff wants the user to know, reported by the processor on the element of
 * {@code table} (qualified name of a table or aggregate) and, when set, its {@code column}.
 * {@code code} is the stable diagnostic code ({@code "TM030"}); the message says what is
 * wrong and what to write instead.
 */
public record Finding(Severity severity, String code, String table, String column, String message) {
  /** How a finding is reported. */
  public enum Severity {
    ERROR,
    WARNING
  }
}
