package io.tidemark.junit;

import io.tidemark.LiveSchema;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.SequenceDef;
import io.tidemark.snapshot.AggregateNode;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.ViewNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every object of a {@link LiveSchema} under a name that says what it is
 * ({@code "index public.users.users_email_idx"}), with its definition as the catalog reader
 * read it, so that two reads compare object by object; the parts of a table that is on one
 * side only are not listed again.
 */
record CatalogObjects(Map<String, Entry> entries) {
  /** One object's definition and the table it belongs to ({@code null} for none). */
  record Entry(String table, String definition) {}

  static CatalogObjects of(LiveSchema live) {
    Map<String, Entry> entries = new TreeMap<>();
    for (TableNode table : live.schema().tables()) {
      String t = table.qualifiedName();
      entries.put("table " + t, new Entry(null, "table " + t));
      table.columns().forEach(c -> entries.put("column " + t + "." + c.name(),
          new Entry(t, c.toString())));
      if (table.primaryKey() != null) {
        entries.put("primary key " + t + "." + table.primaryKey().name(),
            new Entry(t, table.primaryKey().toString()));
      }
      table.uniques().forEach(u -> entries.put("unique constraint " + t + "." + u.name(),
          new Entry(t, u.toString())));
      table.checks().forEach(c -> entries.put("check constraint " + t + "." + c.name(),
          new Entry(t, c.toString())));
      table.foreignKeys().forEach(f -> entries.put("foreign key " + t + "." + f.name(),
          new Entry(t, f.toString())));
      table.indexes().forEach(i -> entries.put("index " + t + "." + i.name(),
          new Entry(t, i.toString())));
      if (table.hypertable() != null) {
        entries.put("hypertable " + t, new Entry(t, table.hypertable().toString()));
      }
      for (IndexDef index : live.automaticIndexes().getOrDefault(t, List.of())) {
        entries.put("TimescaleDB index " + t + "." + index.name(), new Entry(t, index.toString()));
      }
    }
    for (AggregateNode aggregate : live.schema().aggregates()) {
      entries.put("continuous aggregate " + aggregate.qualifiedName(),
          new Entry(null, aggregate.toString()));
    }
    for (EnumNode type : live.schema().enums()) {
      entries.put("enum type " + type.qualifiedName(), new Entry(null, type.toString()));
    }
    for (SequenceDef sequence : live.schema().sequences()) {
      entries.put("sequence " + sequence.name(), new Entry(null, sequence.toString()));
    }
    for (ViewNode view : live.schema().views()) {
      entries.put("view " + view.qualifiedName(), new Entry(null, view.toString()));
    }
    // views are also among the other objects; the model's reading of them stands
    live.otherObjects().forEach((name, sql) -> entries.putIfAbsent(name, new Entry(null, sql)));
    return new CatalogObjects(entries);
  }

  /**
   * One line per object that differs between {@code this} (called {@code thisLabel}) and
   * {@code other}: on one side only, or defined differently.
   */
  List<String> differences(String thisLabel, CatalogObjects other, String otherLabel) {
    Set<String> names = new TreeSet<>(entries.keySet());
    names.addAll(other.entries.keySet());
    Set<String> oneSided = new TreeSet<>();
    for (String name : names) {
      if (name.startsWith("table ") && entries.containsKey(name) != other.entries.containsKey(name)) {
        oneSided.add(name.substring("table ".length()));
      }
    }
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      Entry mine = entries.get(name);
      Entry theirs = other.entries.get(name);
      Entry any = mine != null ? mine : theirs;
      if (any.table() != null && oneSided.contains(any.table())) {
        continue;
      }
      if (theirs == null) {
        lines.add(name + ": only " + thisLabel);
      } else if (mine == null) {
        lines.add(name + ": only " + otherLabel);
      } else if (!Objects.equals(mine.definition(), theirs.definition())) {
        lines.add(name + ": " + thisLabel + " " + mine.definition() + ", " + otherLabel + " "
            + theirs.definition());
      }
    }
    return lines;
  }
}
