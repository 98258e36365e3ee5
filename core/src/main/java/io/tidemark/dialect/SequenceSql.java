package io.tidemark.dialect;

import static io.tidemark.dialect.Sql.qualified;
import static io.tidemark.dialect.Sql.quote;

import io.tidemark.ddl.SequenceDef;
import io.tidemark.ddl.SequenceOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the SQL of sequence options, shared by standalone sequences and identity columns, and
 * the statements that create, change and drop a standalone sequence.
 */
final class SequenceSql {
  private SequenceSql() {}

  /** {@code START WITH 100 CACHE 20}: the options that are set, in PostgreSQL's order. */
  static List<String> given(SequenceOptions options) {
    List<String> given = new ArrayList<>();
    add(given, "START WITH ", options.start());
    add(given, "INCREMENT BY ", options.increment());
    add(given, "MINVALUE ", options.minValue());
    add(given, "MAXVALUE ", options.maxValue());
    add(given, "CACHE ", options.cache());
    if (options.cycles()) {
      given.add("CYCLE");
    }
    return given;
  }

  private static void add(List<String> options, String keyword, Long value) {
    if (value != null) {
      options.add(keyword + value);
    }
  }

  /**
   * Every option, those left out at PostgreSQL's default, for an ALTER that must undo an earlier
   * setting; no RESTART, so the sequence goes on from its current value.
   */
  static List<String> every(SequenceOptions options) {
    return List.of("INCREMENT BY " + options.step(),
        options.minValue() == null ? "NO MINVALUE" : "MINVALUE " + options.minValue(),
        options.maxValue() == null ? "NO MAXVALUE" : "MAXVALUE " + options.maxValue(),
        "START WITH " + options.effectiveStart(),
        "CACHE " + (options.cache() == null ? 1 : options.cache()),
        options.cycles() ? "CYCLE" : "NO CYCLE");
  }

  /** {@code START WITH 1000 OWNED BY orders.number}: the options set and the owner, if any. */
  static String clause(SequenceDef sequence) {
    List<String> parts = new ArrayList<>(given(sequence.options()));
    if (sequence.owned()) {
      parts.add(owner(sequence));
    }
    return String.join(" ", parts);
  }

  static String create(SequenceDef sequence) {
    String clause = clause(sequence);
    return "CREATE SEQUENCE " + qualified(sequence.name()) + (clause.isEmpty() ? "" : " " + clause);
  }

  static String alter(SequenceDef sequence) {
    List<String> parts = new ArrayList<>(every(sequence.options()));
    parts.add(owner(sequence));
    return "ALTER SEQUENCE " + qualified(sequence.name()) + " " + String.join(" ", parts);
  }

  static String drop(String name) {
    return "DROP SEQUENCE " + qualified(name);
  }

  private static String owner(SequenceDef sequence) {
    return "OWNED BY " + (sequence.owned()
        ? qualified(sequence.ownerTable()) + "." + quote(sequence.ownerColumn()) : "NONE");
  }
}
