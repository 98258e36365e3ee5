package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.Migrator;
import io.tidemark.testing.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tidemark import} on real PostgreSQL, end to end: a schema made with SQL (every kind
 * of object the model holds, and a view, a function, a trigger, an expression index and a
 * sequence no table uses it does not) is imported, compiled into its baseline and the hand-written revision, applied to an
 * empty database, and both catalogs are equal; the imported database, stamped at head, shows
 * no drift, and the revisions downgrade to an empty schema.
 */
class ImportPostgresIT {
  private final PostgresServer server = PostgresServer.get();

  @Test
  void importRoundTrip_richSchema_emptyDatabaseEndsEqual() throws Exception {
    String source = server.createDatabase("import_source");
    execute(source, resource("import/postgres.sql"));
    try (ImportFlow flow = new ImportFlow("import-postgres", "--url", source,
        "-U", server.user(), "--password", server.password())) {
      flow.importAndCompile();
      assertTrue(flow.importOutput().contains("Wrote 3 entity class(es)"), flow.importOutput());
      for (String object : List.of("view active_customer", "function touch_customer()",
          "trigger customer.customer_touch", "index customer.customer_lower_email",
          "sequence invoice_number")) {
        assertTrue(flow.importOutput().contains("\n  " + object + "\n"), flow.importOutput());
        assertTrue(flow.unmodelledOutput().contains("\n  " + object + "\n"),
            flow.unmodelledOutput());
      }
      String line = flow.source(ImportFlow.MODEL, "OrderLine");
      assertTrue(line.contains("@Identity(generated = Generation.ALWAYS, start = 1000L, increment"
          + " = 5L) long ticket"), line);
      assertTrue(line.contains("@Column(generatedAs = \"(quantity * 2)\") Integer doubled"),
          line);
      String orders = flow.source(ImportFlow.MODEL, "Orders");
      assertTrue(orders.contains("@Sequence(\n    name = \"order_number\",\n    schema ="
          + " \"sales\",\n    start = 100L,\n    increment = 10L,\n    cache = 5L,\n"
          + "    ownedBy = \"number\"\n)"), orders);
      String customer = flow.source(ImportFlow.MODEL, "Customer");
      assertTrue(customer.contains("@Column(name = \"Display Name\", type = \"character "
          + "varying\") String displayName"), customer);
      assertTrue(customer.contains("@Id @Column(type = \"bigserial\") long id"), customer);

      String target = server.createDatabase("import_target");
      Migrator migrator = flow.migrator(target, server.user(), server.password());
      migrator.upgrade("head");
      assertEquals(catalog(source), catalog(target));
      assertEquals(introspected(source), introspected(target));

      // An index on an expression is outside the model, so the drift check names it.
      flow.stampAndCheckDrift("table customer: index customer_lower_email is in the database but"
          + " not in the model");

      migrator.downgrade("base");
      assertEquals(List.of(), catalog(target).schema().tables());
      assertEquals(List.of(), catalog(target).unmodelled());
    }
  }

  @Test
  void importCli_folderWithClassesOrBadUrl_clearErrorAndNothingWritten() throws Exception {
    String source = server.createDatabase("import_errors");
    execute(source, "CREATE TABLE note (id int PRIMARY KEY, body text)");
    try (ImportFlow flow = new ImportFlow("import-errors", "--url", source,
        "-U", server.user(), "--password", server.password())) {
      Path model = flow.sourceRoot().resolve("com/acme/model");
      Files.createDirectories(model);
      Files.writeString(model.resolve("Keep.java"), "class Keep {}");
      Cli.Result refused = flow.cli(false, "import", "--package", ImportFlow.MODEL, "--dir",
          flow.sourceRoot().toString());
      assertEquals(1, refused.exitCode(), refused.output());
      assertTrue(refused.output().contains("ERROR [TM162] " + model + " already holds 1 Java "
          + "source(s) (Keep.java); nothing was written."), refused.output());
      assertEquals(List.of(model.resolve("Keep.java")), list(model));

      Cli.Result forced = flow.cli(false, "import", "--package", ImportFlow.MODEL, "--dir",
          flow.sourceRoot().toString(), "--force");
      assertEquals(0, forced.exitCode(), forced.output());
      assertEquals(List.of(model.resolve("Keep.java"), model.resolve("Note.java")), list(model));
    }
    Path empty = ItPaths.freshWorkDir("import-bad-url");
    Cli.Result badUrl = Cli.run(System.getProperty("java.class.path"), "--url",
        "jdbc:mysql://localhost/x", "import", "--package", ImportFlow.MODEL, "--dir",
        empty.toString());
    assertEquals(2, badUrl.exitCode(), badUrl.output());
    assertTrue(badUrl.output().contains("[TM140]"), badUrl.output());
    assertEquals(List.of(), list(empty));
  }

  private io.tidemark.catalog.Catalog catalog(String url) throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      return io.tidemark.catalog.CatalogReader.read(c, "public", "tidemark_version");
    }
  }

  private String introspected(String url) throws SQLException {
    try (Connection c = server.connectUrl(url)) {
      return CatalogReader.read(c).toString();
    }
  }

  private void execute(String url, String sql) throws SQLException {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = ImportPostgresIT.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
