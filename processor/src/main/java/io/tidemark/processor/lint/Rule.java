package io.tidemark.processor.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * Every lint rule: its stable code, the name an option or an acknowledgement may use instead,
 * its default level and one line on what it catches. Names are identifiers because javac only
 * accepts dotted identifiers as {@code -A} option keys.
 */
public enum Rule {
  COLUMN_TYPE_REWRITE("TM200", "columnTypeRewrite", Level.ERROR,
      "a column type change that rewrites the table under an ACCESS EXCLUSIVE lock"),
  SET_NOT_NULL("TM201", "setNotNull", Level.WARNING,
      "an existing column becomes NOT NULL: rows holding NULL must be backfilled first"),
  VOLATILE_DEFAULT("TM202", "volatileDefault", Level.ERROR,
      "a column with a volatile default is added to an existing table, which rewrites it"),
  ADD_PRIMARY_KEY("TM203", "addPrimaryKey", Level.ERROR,
      "a primary key is added to an existing hypertable, building its index under a write lock"),
  INT_PRIMARY_KEY("TM204", "intPrimaryKey", Level.WARNING,
      "a new primary key column is integer, smallint or serial; bigint does not run out"),
  VARCHAR_LENGTH("TM205", "varcharLength", Level.WARNING,
      "a new column is varchar(n) or char(n) where text with a CHECK fits"),
  TIMESTAMP_WITHOUT_TIME_ZONE("TM206", "timestampWithoutTimeZone", Level.WARNING,
      "a new column is timestamp without time zone"),
  RENAME_COLUMN("TM207", "renameColumn", Level.ERROR,
      "a column is renamed while running code still reads it under the old name"),
  RENAME_TABLE("TM208", "renameTable", Level.ERROR,
      "a table is renamed while running code still reads it under the old name"),
  DROP_COLUMN("TM209", "dropColumn", Level.WARNING,
      "a column left the model: it is kept until an acknowledgement drops it"),
  DROP_TABLE("TM210", "dropTable", Level.WARNING,
      "a table left the model: it is kept until an acknowledgement drops it"),
  COMPRESSED_ALTER("TM211", "compressedAlter", Level.ERROR,
      "a constraint validation (any TimescaleDB), or a constraint or NOT NULL change (before"
          + " 2.18), on a hypertable with compression enabled"),
  MIGRATE_DATA("TM212", "migrateData", Level.ERROR,
      "an existing table becomes a hypertable: migrate_data copies every row under a lock"),
  ENUM_TYPE_SWAP("TM213", "enumTypeSwap", Level.ERROR,
      "an enum value is removed or moved: a new type replaces the old one and every table with"
          + " a column of it is rewritten under an ACCESS EXCLUSIVE lock"),
  GENERATED_COLUMN("TM214", "generatedColumn", Level.WARNING,
      "a stored generated column is added to an existing table, or its expression changes (a"
          + " drop and an add): PostgreSQL computes it for every row, rewriting the table"),
  ADD_DIMENSION("TM215", "addDimension", Level.WARNING,
      "a dimension is added to an existing hypertable: meant for an empty table (with rows, only"
          + " new chunks use it), and a downgrade cannot remove it");

  private final String code;
  private final String ruleName;
  private final Level level;
  private final String meaning;

  Rule(String code, String ruleName, Level level, String meaning) {
    this.code = code;
    this.ruleName = ruleName;
    this.level = level;
    this.meaning = meaning;
  }

  /** The stable code shown in diagnostics, {@code "TM200"}. */
  public String code() {
    return code;
  }

  /** The readable name, {@code "columnTypeRewrite"}. */
  public String ruleName() {
    return ruleName;
  }

  /** The level when no option sets one. */
  public Level defaultLevel() {
    return level;
  }

  /** One line for the documentation's rule table. */
  public String meaning() {
    return meaning;
  }

  /** The rule a code or a name stands for, ignoring case. */
  public static Optional<Rule> byKey(String key) {
    String wanted = key.strip().toLowerCase(Locale.ROOT);
    for (Rule rule : values()) {
      if (rule.code.toLowerCase(Locale.ROOT).equals(wanted)
          || rule.ruleName.toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  /** {@code "TM200 (columnTypeRewrite)"}, for messages. */
  String label() {
    return code + " (" + ruleName + ")";
  }

  /** What a finding without acknowledgement does. */
  public enum Level {
    ERROR,
    WARNING,
    OFF
  }
}
