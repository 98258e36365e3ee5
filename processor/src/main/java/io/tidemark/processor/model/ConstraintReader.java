package io.tidemark.processor.model;

import io.tidemark.dialect.Naming;
import io.tidemark.ddl.CheckDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.dialect.IndexColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads a table's {@code @Index}, {@code @Unique} and {@code @Check} annotations. */
final class ConstraintReader {
  private final Reporter reporter;
  private final String table;
  private final Set<String> columns;

  ConstraintReader(Reporter reporter, String table, Set<String> columns) {
    this.reporter = reporter;
    this.table = table;
    this.columns = columns;
  }

  Optional<IndexDef> index(Ann index) {
    List<String> entries = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> written = index.strings("columns");
    if (written.isEmpty()) {
      empty(index, "columns", "@Index", "columns = {\"col\"}");
      return Optional.empty();
    }
    for (int i = 0; i < written.size(); i++) {
      Optional<IndexColumn> entry = entry(index, "columns", i, written.get(i));
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      entries.add(entry.get().entry());
      names.add(entry.get().column() != null ? entry.get().column()
          : String.join("_", entry.get().expression().split("[^A-Za-z0-9_]+")).replaceAll("^_|_$", ""));
    }
    List<String> include = index.strings("include");
    for (int i = 0; i < include.size(); i++) {
      if (!known(index, "include", i, include.get(i))) {
        return Optional.empty();
      }
    }
    String name = index.string("name").isEmpty()
        ? Naming.constraint(table, names, "idx") : index.string("name");
    if (!Identifiers.check(reporter, index.place("name"), "Index name", name)) {
      return Optional.empty();
    }
    String where = index.string("where").isEmpty() ? null : index.string("where");
    String using = index.string("using").toLowerCase(Locale.ROOT);
    using = using.isEmpty() || using.equals("btree") ? null : using;
    boolean equalNulls = index.bool("nullsNotDistinct");
    if (equalNulls && !index.bool("unique")) {
      reporter.error(Code.TM030, index.place("nullsNotDistinct"), "@Index " + name + " on table "
          + table + " has nullsNotDistinct = true but is not unique; add unique = true, or leave"
          + " out nullsNotDistinct.");
      return Optional.empty();
    }
    return Optional.of(new IndexDef(name, entries, index.bool("unique"), where, using, include,
        false, false, equalNulls));
  }

  Optional<UniqueDef> unique(Ann unique) {
    List<String> cols = unique.strings("columns");
    if (cols.isEmpty()) {
      empty(unique, "columns", "@Unique", "columns = {\"col\"}");
      return Optional.empty();
    }
    for (int i = 0; i < cols.size(); i++) {
      if (!known(unique, "columns", i, cols.get(i))) {
        return Optional.empty();
      }
    }
    String name = unique.string("name").isEmpty()
        ? Naming.constraint(table, cols, "key") : unique.string("name");
    if (!Identifiers.check(reporter, unique.place("name"), "Constraint name", name)) {
      return Optional.empty();
    }
    return Optional.of(new UniqueDef(name, cols, null, unique.bool("nullsNotDistinct")));
  }

  /** A {@code @Check}; {@code ordinal} numbers the unnamed ones for their default name. */
  Optional<CheckDef> check(Ann check, int ordinal) {
    String expression = check.string("expression");
    if (expression.isEmpty()) {
      empty(check, "expression", "@Check", "expression = \"amount >= 0\"");
      return Optional.empty();
    }
    Optional<String> unknown = CheckColumns.firstUnknown(expression, columns);
    if (unknown.isPresent()) {
      missing(check.place("expression"), "@Check expression \"" + expression + "\"", unknown.get());
      return Optional.empty();
    }
    String name = check.string("name").isEmpty()
        ? Naming.fit(table + "_check" + ordinal) : check.string("name");
    if (!Identifiers.check(reporter, check.place("name"), "Constraint name", name)) {
      return Optional.empty();
    }
    return Optional.of(new CheckDef(name, expression));
  }

  /**
   * Parses an index-column entry of {@code ann.attribute[i]}, normalized as PostgreSQL stores it,
   * and checks its column, or the columns its expression reads, exist.
   */
  Optional<IndexColumn> entry(Ann ann, String attribute, int i, String text) {
    Optional<IndexColumn> entry = IndexColumn.tryParse(text);
    if (entry.isEmpty()) {
      reporter.error(Code.TM007, ann.place(attribute, i), "\"" + text + "\" is not an index"
          + " entry; write " + IndexColumn.GRAMMAR + ", or an expression such as \"lower(email)\""
          + " or \"(a + b)\".");
      return Optional.empty();
    }
    if (entry.get().expression() != null) {
      Optional<String> unknown = CheckColumns.firstUnknown(entry.get().expression(), columns);
      if (unknown.isPresent()) {
        missing(ann.place(attribute, i), attribute + " expression \"" + text + "\"",
            unknown.get());
        return Optional.empty();
      }
      return Optional.of(entry.get().normalized());
    }
    return known(ann, attribute, i, entry.get().column())
        ? Optional.of(entry.get().normalized()) : Optional.empty();
  }

  boolean known(Ann ann, String attribute, int i, String column) {
    if (columns.contains(column)) {
      return true;
    }
    missing(ann.place(attribute, i), attribute + " entry \"" + column + "\"", column);
    return false;
  }

  private void missing(Place place, String what, String column) {
    reporter.error(Code.TM003, place, what + " names column " + column + ", which table "
        + table + " does not have; use one of: " + String.join(", ", columns) + ".");
  }

  private void empty(Ann ann, String attribute, String annotation, String example) {
    reporter.error(Code.TM017, ann.place(attribute), annotation + " on table " + table
        + " has an empty " + attribute + "; write for example " + example + ".");
  }
}
