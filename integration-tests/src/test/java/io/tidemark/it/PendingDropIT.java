package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A two-step drop on a real database ({@code pending-drop/v1..v3}): removing a NOT NULL field
 * and an entity keeps the column and the table, so the code still running (inserting the
 * column, using the table) and the new code (leaving the column out) both work; acknowledging
 * the drops then drops them, keeping every row of the table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PendingDropIT {
  private static final String REVISION_PACKAGE = "com.example.depot.db";
  private static final String OLD_CODE_INSERT =
      "insert into parcel (id, label, legacy_code) values (%d, 'old code', 'L-%d')";
  private static final String NEW_CODE_INSERT =
      "insert into parcel (id, label) values (%d, 'new code')";

  private final PostgresServer server = PostgresServer.get();
  private final Path work = ItPaths.freshWorkDir("pending-drop");
  private final Path revisionRoot = work.resolve("src");
  private final String database = server.createDatabase("pending_drop");

  @Test
  @Order(1)
  void firstVersion_oldCodeInsertsIntoBothTables() throws Exception {
    upgrade(compile(1));
    execute(OLD_CODE_INSERT.formatted(1, 1), "insert into crate (id, barcode) values (1, 'C-1')");
    assertThrows(NEW_CODE_INSERT.formatted(2));
  }

  @Test
  @Order(2)
  void fieldAndEntityRemoved_firstStep_keepsBothAndOldAndNewCodeInsert() throws Exception {
    List<String> diagnostics = new ArrayList<>();
    Path classes = compile(2, diagnostics);
    assertTrue(diagnostics.stream().anyMatch(d -> d.startsWith("WARNING") && d.contains("[TM209]")),
        String.join("\n", diagnostics));
    assertTrue(diagnostics.stream().anyMatch(d -> d.startsWith("WARNING") && d.contains("[TM210]")),
        String.join("\n", diagnostics));

    upgrade(classes);

    execute(OLD_CODE_INSERT.formatted(2, 2), NEW_CODE_INSERT.formatted(3),
        "insert into crate (id, barcode) values (2, 'C-2')");
    assertEquals(List.of("1|L-1", "2|L-2", "3|null"),
        rows("select id, legacy_code from parcel order by id"));
    assertEquals(List.of("2"), rows("select count(*) from crate"));
    assertEquals(List.of("YES"), rows("select is_nullable from information_schema.columns"
        + " where table_name = 'parcel' and column_name = 'legacy_code'"));
    String fresh = server.createDatabase("pending_drop_fresh");
    String snapshot = Files.readString(newest(".snapshot.json"));
    try (URLClassLoader loader =
        Runner.classLoader(SnapshotMigration.compile(snapshot, work.resolve("fresh")))) {
      Runner.upgrade(loader, fresh, "head");
    }
    assertEquals(catalog(fresh), catalog(database),
        "the snapshot of the first step must describe the database, pending drops included");
  }

  @Test
  @Order(3)
  void dropsAcknowledged_secondStep_dropsThemAndKeepsTheRows() throws Exception {
    Path classes = compile(3);
    String revision = Files.readString(newest(".java"));
    assertTrue(revision.contains("op.dropColumn(\"parcel\", \"legacy_code\");")
        && revision.contains("op.dropTable(\"crate\");"), revision);

    upgrade(classes);

    assertEquals(List.of("1|old code", "2|old code", "3|new code"),
        rows("select id, label from parcel order by id"));
    assertEquals(List.of("false", "false"), rows("select (to_regclass('crate') is not null)::text"
        + " union all select exists (select 1 from information_schema.columns where table_name"
        + " = 'parcel' and column_name = 'legacy_code')::text"));
    try (URLClassLoader loader = Runner.classLoader(classes)) {
      Runner.downgrade(loader, database, "-1");
    }
    assertEquals(List.of("3|null"), rows("select count(*), max(legacy_code) from parcel"));
    assertEquals(List.of("0"), rows("select count(*) from crate"));
  }

  private Path compile(int version) throws IOException {
    return compile(version, new ArrayList<>());
  }

  private Path compile(int version, List<String> diagnostics) throws IOException {
    Path revisions = revisionRoot.resolve(REVISION_PACKAGE.replace('.', '/'));
    List<Path> sources = new ArrayList<>(FileTrees.files(
        ItPaths.path("tidemark.pendingDropInputs").resolve("v" + version)));
    sources.addAll(FileTrees.files(revisions).stream()
        .filter(p -> p.toString().endsWith(".java")).toList());
    Path out = work.resolve("build/v" + version);
    Files.createDirectories(revisionRoot);
    diagnostics.addAll(ModelCompiler.compile(sources, out.resolve("classes"),
        out.resolve("generated"), ModelCompiler.processorOptions(revisionRoot, REVISION_PACKAGE)));
    return out.resolve("classes");
  }

  private Path newest(String suffix) {
    Path revisions = revisionRoot.resolve(REVISION_PACKAGE.replace('.', '/'));
    List<Path> files = FileTrees.files(revisions).stream()
        .filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    assertFalse(files.isEmpty(), "no revision file ending in " + suffix);
    return files.get(files.size() - 1);
  }

  private void upgrade(Path classes) throws IOException {
    try (URLClassLoader loader = Runner.classLoader(classes)) {
      Runner.upgrade(loader, database, "head");
    }
  }

  private void execute(String... statements) throws SQLException {
    try (Connection c = server.connectUrl(database); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private void assertThrows(String sql) {
    org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> execute(sql),
        "the NOT NULL column must refuse " + sql);
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = server.connectUrl(database); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(rs.getString(i));
        }
        rows.add(String.join("|", values));
      }
    }
    return rows;
  }

  private String catalog(String url) throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      return CatalogReader.read(c).toString();
    }
  }
}
