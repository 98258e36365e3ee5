package io.tidemark.processor.lint;

import io.tidemark.ddl.AddColumn;
import io.tidemark.ddl.AddConstraint;
import io.tidemark.ddl.AlterColumnType;
import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CreateTable;
import io.tidemark.ddl.EnumColumn;
import io.tidemark.ddl.Operation;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.ddl.SetNullable;
import io.tidemark.processor.lint.Violation.Spot;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules on columns: what a change does to existing rows (a rewriting type change or default,
 * NOT NULL on data that may hold NULL) and what a new or retyped column's type will cost later.
 * The type rules look only at columns this change creates or retypes, so an unchanged model
 * compiles without them.
 */
final class ColumnRules {
  private static final Set<String> SMALL_KEY_TYPES =
      Set.of("integer", "smallint", "serial", "serial2", "serial4", "smallserial");

  private final Change change;
  private final Consumer<Violation> out;

  ColumnRules(Change change, Consumer<Violation> out) {
    this.change = change;
    this.out = out;
  }

  void check(int index, Operation op) {
    if (op instanceof CreateTable create) {
      List<String> key = create.constraints().stream().filter(PrimaryKeyDef.class::isInstance)
          .map(c -> ((PrimaryKeyDef) c).columns()).findFirst().orElse(List.of());
      for (ColumnDef column : create.columns()) {
        typeRules(index, create.table(), column);
        if (key.contains(column.name())) {
          keyType(index, create.table(), column);
        }
      }
    } else if (op instanceof AddColumn add) {
      added(index, add);
      typeRules(index, add.table(), add.column());
    } else if (op instanceof AlterColumnType alter) {
      retyped(index, alter);
      ColumnDef column = change.column(alter.table(), alter.column());
      if (column != null) {
        typeRules(index, alter.table(), column);
        if (inKey(alter.table(), alter.column())) {
          keyType(index, alter.table(), column);
        }
      }
    } else if (op instanceof AddConstraint add && add.constraint() instanceof PrimaryKeyDef key
        && change.existing(add.table())) {
      for (String name : key.columns()) {
        ColumnDef column = change.column(add.table(), name);
        if (column != null) {
          keyType(index, add.table(), column);
        }
      }
    } else if (op instanceof AlterEnumType alter && alter.swapsType()) {
      for (EnumColumn column : alter.columns()) {
        out.accept(new Violation(Rule.ENUM_TYPE_SWAP, column.table(), column.column(), index,
            "enum type " + alter.name() + " loses or reorders values " + alter.before() + " -> "
            + alter.after() + ", which PostgreSQL cannot do in place: a new type replaces it and"
            + " column " + column.table() + "." + column.column() + " is converted, rewriting the"
            + " table under an ACCESS EXCLUSIVE lock, and failing if a row holds a removed value."
            + " Move rows off removed values first; keep the order of the values that stay, and"
            + " add new constants where they belong (added in place, without a rewrite)",
            new Spot(column.column(), "Column", null)));
      }
    } else if (op instanceof SetNullable set && !set.nullable()) {
      out.accept(new Violation(Rule.SET_NOT_NULL, set.table(), set.column(), index, "column "
          + set.table() + "." + set.column() + " becomes NOT NULL: the upgrade fails if a row"
          + " holds NULL. Backfill those rows before this revision runs, in batches on a big table,"
          + " or, on a small one, in the revision: it holds a commented op.sql(\"UPDATE ...\") for"
          + " that above the check that proves the column NOT NULL",
          new Spot(set.column(), "Column", "nullable")));
    }
  }

  private void added(int index, AddColumn add) {
    ColumnDef column = add.column();
    if (column.generatedAs() != null) {
      out.accept(new Violation(Rule.GENERATED_COLUMN, add.table(), column.name(), index,
          "generated column " + add.table() + "." + column.name() + " is computed for every"
              + " existing row as it is added, so PostgreSQL rewrites the table under an ACCESS"
              + " EXCLUSIVE lock, blocking reads and writes (a changed expression drops and adds"
              + " the column). Fix: on a large table, add a plain column, fill it in batches and"
              + " keep it up to date from the code or a trigger", new Spot(column.name(), "Column",
              "generatedAs")));
      return;
    }
    if (change.compressedBoth(add.table()) && column.defaultValue() != null) {
      return; // TM053 reports a non-constant default on a compressed table
    }
    Optional<String> reason = column.identity() != null
        ? Optional.of("is an identity column, numbered from its sequence for every existing row")
        : Volatility.rewriteReason(column.type(), column.defaultValue());
    reason.ifPresent(why -> out.accept(new Violation(Rule.VOLATILE_DEFAULT, add.table(),
        column.name(), index, "column " + add.table() + "." + column.name() + " is added to an"
            + " existing table and " + why + ", so PostgreSQL rewrites the table under an ACCESS"
            + " EXCLUSIVE lock, blocking reads and writes. Fix: add it without the default (or"
            + " with a constant one), set the default in a later revision, and backfill existing"
            + " rows in batches", new Spot(column.name(), "Column", "defaultValue"))));
  }

  private void retyped(int index, AlterColumnType alter) {
    if (alter.existing() == null || change.compressedBoth(alter.table())
        || !TypeChanges.rewrites(alter.existing().type(), alter.type())) {
      return; // TM056 reports a type change on a compressed table
    }
    out.accept(new Violation(Rule.COLUMN_TYPE_REWRITE, alter.table(), alter.column(), index,
        "column " + alter.table() + "." + alter.column() + " changes type from "
            + alter.existing().type() + " to " + alter.type() + ", which rewrites the table and"
            + " its indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes for the"
            + " whole rewrite. Fix: add a column of the new type, write both, backfill it in"
            + " batches, switch reads and drop the old column (see Change a column's type in"
            + " docs/zero-downtime.md)", new Spot(alter.column(), "Column", "type")));
  }

  private void typeRules(int index, String table, ColumnDef column) {
    String type = column.type();
    String name = table + "." + column.name();
    if (type.startsWith("character varying(") || type.startsWith("character(")) {
      out.accept(new Violation(Rule.VARCHAR_LENGTH, table, column.name(), index, "column " + name
          + " is " + type + ": PostgreSQL stores text and varchar alike, and raising a length"
          + " later changes the type (and char(n) pads with blanks). Fix: drop length (text), and"
          + " if the limit is a business rule, state it as @Check(expression = \"length("
          + column.name() + ") <= n\")", new Spot(column.name(), "Column",
              type.startsWith("character varying(") ? "length" : "type")));
    }
    if (type.startsWith("timestamp") && type.endsWith("without time zone")) {
      out.accept(new Violation(Rule.TIMESTAMP_WITHOUT_TIME_ZONE, table, column.name(), index,
          "column " + name + " is " + type + ", which stores a wall-clock time without its"
              + " offset, so values written from servers in different zones (or across a"
              + " daylight-saving change) cannot be compared. Fix: use Instant or OffsetDateTime"
              + " (timestamp with time zone)", new Spot(column.name(), "Column", "type")));
    }
  }

  private void keyType(int index, String table, ColumnDef column) {
    String type = column.type().toLowerCase(Locale.ROOT);
    if (!SMALL_KEY_TYPES.contains(type)) {
      return;
    }
    String limit = type.contains("small") || type.equals("serial2") ? "32,767" : "2,147,483,647";
    out.accept(new Violation(Rule.INT_PRIMARY_KEY, table, column.name(), index, "primary key"
        + " column " + table + "." + column.name() + " is " + column.type() + ", which runs out"
        + " at " + limit + "; widening it later rewrites the table and every table that"
        + " references it. Fix: make the field a long (bigint)",
        new Spot(column.name(), "Id", null)));
  }

  private boolean inKey(String table, String column) {
    var node = change.after(table);
    return node != null && node.primaryKey() != null && node.primaryKey().columns().contains(column);
  }
}
