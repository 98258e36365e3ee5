package io.tidemark.dialect;

import static io.tidemark.dialect.Sql.inSchemaOf;
import static io.tidemark.dialect.Sql.literal;
import static io.tidemark.dialect.Sql.localName;
import static io.tidemark.dialect.Sql.qualified;
import static io.tidemark.dialect.Sql.quote;

import io.tidemark.ddl.AlterEnumType;
import io.tidemark.ddl.EnumColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides the SQL of enum types: values renamed in place, values only added in place at their
 * position (outside a transaction, as PostgreSQL cannot use a value added in the same
 * transaction), and any other change as a new type that the columns are converted to.
 */
final class EnumSql {
  /** Suffix of the type a swap builds before it takes the old type's name. */
  static final String SWAP_SUFFIX = "__tidemark_new";

  private EnumSql() {}

  static String create(String name, List<String> values) {
    return "CREATE TYPE " + qualified(name) + " AS ENUM (" + values(values) + ")";
  }

  static String drop(String name) {
    return "DROP TYPE " + qualified(name);
  }

  static List<Statement> alter(AlterEnumType op) {
    List<Statement> statements = new ArrayList<>();
    op.renamed().forEach((from, to) -> statements.add(new Statement("ALTER TYPE "
        + qualified(op.name()) + " RENAME VALUE " + literal(from) + " TO " + literal(to), true)));
    if (op.swapsType()) {
      statements.addAll(swap(op));
      return statements;
    }
    List<String> current = new ArrayList<>(op.renamedBefore());
    List<String> after = op.after();
    for (int i = 0; i < after.size(); i++) {
      String value = after.get(i);
      if (current.contains(value)) {
        continue;
      }
      String sql = "ALTER TYPE " + qualified(op.name()) + " ADD VALUE " + literal(value);
      // The neighbour after it is placed first, so each value goes between its neighbours.
      String next = after.subList(i + 1, after.size()).stream().filter(current::contains)
          .findFirst().orElse(null);
      if (next != null) {
        sql += " BEFORE " + literal(next);
        current.add(current.indexOf(next), value);
      } else {
        sql += current.isEmpty() ? "" : " AFTER " + literal(current.get(current.size() - 1));
        current.add(value);
      }
      statements.add(new Statement(sql, false));
    }
    return statements;
  }

  /**
   * A new type with the values after the change, each column converted to it through its text
   * (its default, which names the type, dropped before and set again after), the old type
   * dropped and the new one renamed to its name.
   */
  private static List<Statement> swap(AlterEnumType op) {
    String local = localName(op.name());
    String next = inSchemaOf(op.name(), local + SWAP_SUFFIX);
    List<Statement> statements = new ArrayList<>();
    statements.add(new Statement("CREATE TYPE " + next + " AS ENUM (" + values(op.after()) + ")",
        true));
    for (EnumColumn column : op.columns()) {
      String alter = "ALTER TABLE " + qualified(column.table()) + " ALTER COLUMN "
          + quote(column.column());
      if (column.defaultValue() != null) {
        statements.add(new Statement(alter + " DROP DEFAULT", true));
      }
      statements.add(new Statement(alter + " TYPE " + next + " USING " + quote(column.column())
          + "::text::" + next, true));
    }
    statements.add(new Statement(drop(op.name()), true));
    statements.add(new Statement("ALTER TYPE " + next + " RENAME TO " + quote(local), true));
    for (EnumColumn column : op.columns()) {
      if (column.defaultValue() != null) {
        statements.add(new Statement("ALTER TABLE " + qualified(column.table())
            + " ALTER COLUMN " + quote(column.column()) + " SET DEFAULT "
            + column.defaultValue(), true));
      }
    }
    return statements;
  }

  private static String values(List<String> values) {
    return values.stream().map(Sql::literal).collect(Collectors.joining(", "));
  }
}
