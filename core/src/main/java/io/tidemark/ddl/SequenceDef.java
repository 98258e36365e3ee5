package io.tidemark.ddl;

import java.util.Objects;

/**
 * A standalone sequence: {@code name} is {@code "name"} or {@code "schema.name"}, always of type
 * bigint; {@code ownerTable} and {@code ownerColumn} are the column it is {@code OWNED BY} (dropped
 * with it), both {@code null} for none.
 */
public record SequenceDef(
    String name, SequenceOptions options, String ownerTable, String ownerColumn) {
  public SequenceDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    if ((ownerTable == null) != (ownerColumn == null)) {
      throw new IllegalArgumentException("sequence " + name + " needs both the table and the"
          + " column it is owned by, or neither");
    }
  }

  /** A sequence with PostgreSQL's default options and no owner. */
  public static SequenceDef named(String name) {
    return new SequenceDef(name, SequenceOptions.DEFAULTS, null, null);
  }

  public SequenceDef options(SequenceOptions value) {
    return new SequenceDef(name, value, ownerTable, ownerColumn);
  }

  public SequenceDef start(long value) {
    return options(options.start(value));
  }

  public SequenceDef increment(long value) {
    return options(options.increment(value));
  }

  public SequenceDef minValue(long value) {
    return options(options.minValue(value));
  }

  public SequenceDef maxValue(long value) {
    return options(options.maxValue(value));
  }

  public SequenceDef cache(long value) {
    return options(options.cache(value));
  }

  /** Wraps around at the end of the range instead of failing. */
  public SequenceDef cycle() {
    return options(options.cycle());
  }

  /** Owned by {@code column} of {@code table}, so dropping the column drops the sequence. */
  public SequenceDef ownedBy(String table, String column) {
    return new SequenceDef(name, options, Objects.requireNonNull(table, "table"),
        Objects.requireNonNull(column, "column"));
  }

  /** The same sequence owned by no column. */
  public SequenceDef withoutOwner() {
    return new SequenceDef(name, options, null, null);
  }

  /** Whether it is owned by a column. */
  public boolean owned() {
    return ownerTable != null;
  }
}
