package io.tidemark.processor.diff;

/**
 * The order in which upgrade ops run, so that every op finds what it needs: teardown under the
 * old names (dependents first), then renames, then building up under the new names
 * (dependencies first). Downgrades reverse the whole list, so the same order holds for them.
 * On an existing table, the steps of a safe plan that run alone (index builds, validations) come
 * after the short transaction that adds what they complete, and before what needs them done.
 */
enum Phase {
  /** TimescaleDB, before the first revision that uses it. */
  CREATE_EXTENSION,
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
  /** A sequence no longer owned by its column lets go of it before the column or table goes. */
  CLEAR_SEQUENCE_OWNER,
  DROP_COLUMN,
  DROP_TABLE,
  RENAME_TABLE,
  RENAME_COLUMN,
  /** Constraints and indexes whose name alone changed, under the table's new name. */
  RENAME_CONSTRAINT,
  /** Enum types before the tables and columns that use them. */
  CREATE_ENUM_TYPE,
  /** Sequences before the tables whose defaults draw from them; their owner comes later. */
  CREATE_SEQUENCE,
  /** A new table and, right after it, its hypertable. */
  CREATE_TABLE,
  ADD_COLUMN,
  ALTER_COLUMN,
  /** Comments of an existing table and its columns, under their new names. */
  COMMENT,
  /** Enum values once every column of the type exists, so a type swap converts them all. */
  ALTER_ENUM_TYPE,
  /** Enum types once no column uses them. */
  DROP_ENUM_TYPE,
  /** Sequence options, and the column that owns one, once its table and column exist. */
  ALTER_SEQUENCE,
  /** Sequences once no default draws from them. */
  DROP_SEQUENCE,
  /** An existing table becomes a hypertable once its columns are final. */
  CREATE_HYPERTABLE,
  /** Checks, added NOT VALID to an existing table. */
  ADD_CONSTRAINT,
  /** Indexes, and the unique indexes that keys of an existing table take over. */
  CREATE_INDEX,
  VALIDATE_CHECK,
  /** SET NOT NULL once a validated check proves it, which then goes. */
  SET_NOT_NULL,
  /** An identity needs its column NOT NULL and without a default. */
  ADD_IDENTITY,
  /** Keys of an existing table take over their index, once their columns are NOT NULL. */
  ATTACH_INDEX,
  TIMESCALE_SETTINGS,
  ADD_POLICY,
  /** Foreign keys once every table and key they point at exists. */
  ADD_FOREIGN_KEY,
  VALIDATE_FOREIGN_KEY,
  CREATE_AGGREGATE,
  DROP_SCHEMA
}
