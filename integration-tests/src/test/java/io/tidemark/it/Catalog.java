package io.tidemark.it;

import java.util.List;
import java.util.Map;

/**
 * A database schema as introspected: non-system schemas and, per qualified table, its columns
 * (by name: PostgreSQL cannot reorder columns, so position is not compared), constraints and
 * indexes, the enum types with their labels in order ({@code "shop.status [A, B]"}) and the
 * sequences that are no identity column's, with their options and owner.
 * {@link #toString()} is a stable text form, so a mismatch shows as a readable diff.
 */
record Catalog(List<String> schemas, Map<String, Table> tables, List<String> enums,
    List<String> sequences) {
  Catalog {
    schemas = List.copyOf(schemas);
    tables = Map.copyOf(tables);
    enums = List.copyOf(enums);
    sequences = List.copyOf(sequences);
  }

  /**
   * One table or view; {@code view} is null for a table, else its kind ({@code view},
   * {@code materialized view} with whether it holds data) and query as PostgreSQL prints it;
   * {@code comment} its comment, or {@code null}.
   */
  record Table(List<Column> columns, List<String> constraints, List<String> indexes, String view,
      String comment) {
    Table {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
      indexes = List.copyOf(indexes);
    }
  }

  /**
   * One column; {@code defaultValue} as {@code pg_get_expr} prints it, or {@code null};
   * {@code generated} the same for the expression of a generated column; {@code identity} the
   * generation and its sequence's options, or {@code null}; {@code comment} its comment, or
   * {@code null}.
   */
  record Column(String name, String type, boolean nullable, String defaultValue,
      String generated, String identity, String comment) {}

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("schemas " + schemas + "\n");
    enums.forEach(type -> text.append("enum ").append(type).append('\n'));
    sequences.forEach(sequence -> text.append("sequence ").append(sequence).append('\n'));
    tables.keySet().stream().sorted().forEach(name -> {
      Table table = tables.get(name);
      text.append("table ").append(name).append('\n');
      if (table.comment() != null) {
        text.append("  comment '").append(table.comment()).append("'\n");
      }
      if (table.view() != null) {
        text.append("  ").append(table.view().strip().replace("\n", "\n    ")).append('\n');
      }
      for (Column column : table.columns()) {
        text.append("  column ").append(column.name()).append(' ').append(column.type())
            .append(column.nullable() ? " NULL" : " NOT NULL")
            .append(column.defaultValue() == null ? "" : " DEFAULT " + column.defaultValue())
            .append(column.generated() == null ? "" : " GENERATED (" + column.generated() + ")")
            .append(column.identity() == null ? "" : " IDENTITY " + column.identity())
            .append(column.comment() == null ? "" : " COMMENT '" + column.comment() + "'")
            .append('\n');
      }
      table.constraints().forEach(c -> text.append("  constraint ").append(c).append('\n'));
      table.indexes().forEach(i -> text.append("  index ").append(i).append('\n'));
    });
    return text.toString();
  }
}
