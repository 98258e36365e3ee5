package io.tidemark.processor.diff;

/**
 * The order in which upgrade ops run, so that every op finds what it needs: teardown under the
 * old names (dependents first), then renames, then building up under the new names
 * (dependencies first). Downgrades reverse the whole list, so the same order holds for them.
 */
enum Phase {
  CREATE_SCHEMA,
  /** Continuous aggregates read their hypertable's columns: they go before anything else. */
  DROP_AGGREGATE,
  DROP_FOREIGN_KEY,
  /** Policies before compression settings, the reorder policy before its index. */
  REMOVE_POLICY,
  DISABLE_COMPRESSION,
  DROP_INDEX,
  DROP_CONSTRAINT,
  CONVERT_TO_PLAIN_TABLE,
  DROP_COLUMN,
  DROP_TABLE,
  RENAME_TABLE,
  RENAME_COLUMN,
  /** Constraints and indexes whose name alone changed, under the table's new name. */
  RENAME_CONSTRAINT,
  /** A new table and, right after it, its hypertable. */
  CREATE_TABLE,
  ADD_COLUMN,
  ALTER_COLUMN,
  /** An existing table becomes a hypertable once its columns are final. */
  CREATE_HYPERTABLE,
  ADD_CONSTRAINT,
  CREATE_INDEX,
  TIMESCALE_SETTINGS,
  ADD_POLICY,
  /** Foreign keys once every table and key they point at exists. */
  ADD_FOREIGN_KEY,
  CREATE_AGGREGATE,
  DROP_SCHEMA
}
