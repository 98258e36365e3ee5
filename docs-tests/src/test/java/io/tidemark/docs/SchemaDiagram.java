package io.tidemark.docs;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a snapshot as a Mermaid ER diagram: one entity per table with its columns (type,
 * keys, and a comment with the full SQL type, nullability and TimescaleDB role), one
 * relationship per foreign key, and one per continuous aggregate from the table it reads.
 */
final class SchemaDiagram {
  private static final Map<String, String> SHORT_TYPES = Map.of(
      "timestamp with time zone", "timestamptz",
      "timestamp without time zone", "timestamp",
      "time without time zone", "time",
      "character varying", "varchar",
      "double precision", "float8");
  private static final Pattern FROM =
      Pattern.compile("\\bFROM\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

  private SchemaDiagram() {}

  static String render(Schema schema) {
    StringBuilder out = new StringBuilder("erDiagram\n");
    for (TableNode table : schema.tables()) {
      out.append("  ").append(entity(table.qualifiedName())).append(" {\n");
      for (ColumnDef column : table.columns()) {
        out.append("    ").append(shortType(column.type())).append(' ').append(column.name());
        String keys = String.join(",", keys(table, column.name()));
        if (!keys.isEmpty()) {
          out.append(' ').append(keys);
        }
        out.append(" \"").append(comment(table, column)).append("\"\n");
      }
      out.append("  }\n");
    }
    for (TableNode table : schema.tables()) {
      for (ForeignKeyDef fk : table.foreignKeys()) {
        boolean optional = table.columns().stream()
            .anyMatch(c -> fk.columns().contains(c.name()) && c.nullable());
        out.append("  ").append(entity(fk.refTable())).append(optional ? " |o--o{ " : " ||--o{ ")
            .append(entity(table.qualifiedName())).append(" : \"")
            .append(String.join(", ", fk.columns())).append("\"\n");
      }
    }
    for (AggregateNode aggregate : schema.aggregates()) {
      Matcher from = FROM.matcher(aggregate.query());
      if (from.find()) {
        out.append("  ").append(entity(from.group(1).replace("\"", ""))).append(" ||--o{ ")
            .append(entity(aggregate.qualifiedName()))
            .append(" : \"continuous aggregate\"\n");
      }
    }
    return out.toString();
  }

  private static List<String> keys(TableNode table, String column) {
    Set<String> keys = new LinkedHashSet<>();
    if (table.primaryKey() != null && table.primaryKey().columns().contains(column)) {
      keys.add("PK");
    }
    if (table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column))) {
      keys.add("FK");
    }
    if (table.uniques().stream().map(UniqueDef::columns).anyMatch(c -> c.contains(column))) {
      keys.add("UK");
    }
    return new ArrayList<>(keys);
  }

  private static String comment(TableNode table, ColumnDef column) {
    List<String> parts = new ArrayList<>();
    parts.add(column.type().replace("\"", "'"));
    parts.add(column.nullable() ? "null" : "not null");
    if (column.defaultValue() != null) {
      parts.add("default " + column.defaultValue().replace("\"", "'"));
    }
    if (table.hypertable() != null && table.hypertable().dimensions().timeColumn().equals(column.name())) {
      parts.add("hypertable time column");
    }
    return String.join(", ", parts);
  }

  /** A single word Mermaid accepts as a type: {@code varchar}, {@code timestamptz}. */
  static String shortType(String type) {
    String base = type.replaceAll("\\(.*?\\)", "").strip().toLowerCase(Locale.ROOT);
    String array = base.endsWith("[]") ? "[]" : "";
    base = base.replace("[]", "").strip();
    base = SHORT_TYPES.getOrDefault(base, base).replaceAll("[^a-z0-9_]+", "_");
    return base + array;
  }

  /** Mermaid entity names cannot hold dots: {@code etl.runs} becomes {@code etl__runs}. */
  static String entity(String qualifiedName) {
    return qualifiedName.replace(".", "__");
  }
}
