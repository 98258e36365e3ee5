package io.tidemark.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.snapshot.SnapshotCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema.md} is the Mermaid diagram of the example's newest snapshot in each of
 * its migration sets. Regenerate it with {@code -Dtidemark.docs.update=true}.
 */
class SchemaPageTest {
  static final String UPDATE = "tidemark.docs.update";

  @Test
  void schemaPage_exampleSnapshots_matchesCommittedPage() throws IOException {
    String expected = page();
    Path file = Paths.docs().resolve("schema.md");
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(file), "docs/schema.md is missing; run with -D" + UPDATE + "=true");
    assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8),
        "docs/schema.md is out of date with the example's snapshots; regenerate it: mvn -pl "
            + "docs-tests -am test -Dtest=SchemaPageTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -D" + UPDATE + "=true");
  }

  @Test
  void diagram_shopSnapshot_showsColumnsKeysAndForeignKeys() throws IOException {
    String diagram = SchemaDiagram.render(SnapshotCodec.read(Files.readString(
        newestSnapshots(Paths.module()).values().iterator().next())));
    assertEquals("""
        erDiagram
          customer {
            bigint id PK "bigint, not null"
            varchar name "character varying(200), not null"
            timestamptz created_at "timestamp with time zone, not null, default now()"
            text email "text, not null"
          }
          purchase_order {
            uuid id PK "uuid, not null"
            bigint customer_id FK "bigint, not null"
            numeric total "numeric(12,2), not null"
            text status "text, not null, default 'OPEN'"
            timestamptz placed_at "timestamp with time zone, not null, default now()"
          }
          customer ||--o{ purchase_order : "customer_id"
        """, diagram);
  }

  /** The whole page, one section per migration set of the example. */
  static String page() throws IOException {
    Map<Path, Path> sets = newestSnapshots(Paths.repo().resolve("example"));
    assertFalse(sets.isEmpty(), "the example has no snapshot files");
    StringBuilder page = new StringBuilder("""
        # Schema of the example application

        Generated from the newest committed snapshot of each of the example's migration sets
        by `SchemaPageTest` in `docs-tests/`, which fails when this page is out of date.
        Regenerate it with `-Dtidemark.docs.update=true` (see [CI/CD](ci-cd.md)). Column
        comments hold the exact SQL type, nullability, default and TimescaleDB role.
        """);
    for (Map.Entry<Path, Path> set : sets.entrySet()) {
      Path snapshot = set.getValue();
      String name = snapshot.getFileName().toString().replace(".snapshot.json", "");
      page.append("\n## `").append(Paths.repo().relativize(set.getKey()))
          .append("`\n\nAt revision `").append(name, 3, 14).append("` (`")
          .append(name).append("`).\n\n```mermaid\n")
          .append(SchemaDiagram.render(SnapshotCodec.read(Files.readString(snapshot))))
          .append("```\n");
    }
    return page.toString();
  }

  /** For each folder under {@code root}'s source trees holding snapshots, the newest one. */
  static Map<Path, Path> newestSnapshots(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> snapshots = files
          .filter(f -> f.getFileName().toString().endsWith(".snapshot.json"))
          .filter(f -> f.toString().contains("/src/main/java/")).toList();
      return snapshots.stream().collect(Collectors.groupingBy(Path::getParent, TreeMap::new,
          Collectors.collectingAndThen(Collectors.maxBy(
              Comparator.comparing(f -> f.getFileName().toString())), o -> o.orElseThrow())));
    }
  }
}
