package io.tidemark.processor.diff;

import io.tidemark.processor.diff.Finding.Severity;

/**
 * Every diagnostic code the diff reports, with its severity and one-line meaning: TM040-TM049
 * for tables and columns, TM050-TM069 for TimescaleDB. Drops and the conversion of an existing
 * table to a hypertable are lint rules ({@code io.tidemark.processor.lint.Rule}), which an
 * acknowledgement can accept.
 */
public enum DiffCode {
  RENAME_ACROSS_SCHEMAS("TM042", Severity.ERROR, "a table rename that moves it to another schema"),
  ADD_NOT_NULL_WITHOUT_DEFAULT("TM043", Severity.WARNING,
      "a NOT NULL column without a default is added to an existing table; fails if it has rows"),
  CONVERT_TO_PLAIN_TABLE("TM051", Severity.WARNING,
      "a hypertable becomes a plain table again; its rows are copied into a new table"),
  CHANGE_DIMENSIONS("TM052", Severity.WARNING,
      "a hypertable's time or partitioning column changes; it is converted back and forth"),
  COMPRESSED_VOLATILE_DEFAULT("TM053", Severity.ERROR,
      "a column with a non-constant default is added to a table with compression enabled"),
  COMPRESSED_NOT_NULL_WITHOUT_DEFAULT("TM054", Severity.ERROR,
      "a NOT NULL column without a default is added to a table with compression enabled"),
  COMPRESSED_DROP_SEGMENT_COLUMN("TM055", Severity.ERROR,
      "a segmentby or orderby column is dropped from a table with compression enabled"),
  COMPRESSED_TYPE_CHANGE("TM056", Severity.ERROR,
      "a column type changes on a table with compression enabled"),
  AGGREGATE_QUERY_CHANGED("TM057", Severity.WARNING,
      "a continuous aggregate's query changes; it is dropped, re-created and re-materialized"),
  DROP_AGGREGATE("TM058", Severity.WARNING,
      "a continuous aggregate is dropped; its materialized rows are lost"),
  AGGREGATE_REBUILT("TM059", Severity.WARNING,
      "a continuous aggregate is re-created because a column or aggregate it reads changes"),
  DIMENSION_REMOVED("TM064", Severity.ERROR,
      "a dimension of an existing hypertable is removed or changed, which TimescaleDB cannot do");

  private final String code;
  private final Severity severity;
  private final String meaning;

  DiffCode(String code, Severity severity, String meaning) {
    this.code = code;
    this.severity = severity;
    this.meaning = meaning;
  }

  /** The stable code shown in diagnostics, {@code "TM040"}. */
  public String code() {
    return code;
  }

  public Severity severity() {
    return severity;
  }

  /** One line for the documentation's list of diagnostics. */
  public String meaning() {
    return meaning;
  }

  Finding finding(String table, String column, String message) {
    return new Finding(severity, code, table, column, message);
  }
}
