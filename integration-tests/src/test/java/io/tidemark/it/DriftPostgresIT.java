package io.tidemark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tidemark.Drift;
import io.tidemark.Migrator;
import io.tidemark.it.timescale.ModelChain;
import io.tidemark.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The drift check on real PostgreSQL: a model compiled with the real processor and applied
 * with {@code upgrade head} shows no drift; each hand change is reported on its own line, and
 * undoing it shows no drift again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriftPostgresIT {
  /** A hand change, the SQL that undoes it and a line the drift check must print for it. */
  public record Change(String name, String sql, String undo, String expected) {}

  static final List<Change> CHANGES = List.of(
      new Change("addedColumn", "ALTER TABLE customer ADD COLUMN nickname text",
          "ALTER TABLE customer DROP COLUMN nickname",
          "table customer: column nickname is in the database but not in the model"),
      new Change("droppedColumn", "ALTER TABLE customer DROP COLUMN tags",
          "ALTER TABLE customer ADD COLUMN tags text[]; CREATE INDEX customer_tags_idx ON "
              + "customer USING gin (tags)",
          "table customer: column tags is missing from the database"),
      new Change("changedType", "ALTER TABLE customer ALTER COLUMN email TYPE varchar(200)",
          "ALTER TABLE customer ALTER COLUMN email TYPE text",
          "column customer.email: type is character varying(200), the model has text"),
      new Change("nullability", "ALTER TABLE customer ALTER COLUMN email SET NOT NULL",
          "ALTER TABLE customer ALTER COLUMN email DROP NOT NULL",
          "column customer.email: is NOT NULL, the model has it nullable"),
      new Change("changedDefault", "ALTER TABLE customer ALTER COLUMN status SET DEFAULT 'BLOCKED'",
          "ALTER TABLE customer ALTER COLUMN status SET DEFAULT 'ACTIVE'",
          "column customer.status: default is 'BLOCKED'::text, the model has 'ACTIVE'"),
      new Change("addedIndex", "CREATE INDEX customer_lower_email_idx ON customer (lower(email))",
          "DROP INDEX customer_lower_email_idx",
          "table customer: index customer_lower_email_idx is in the database but not in the model"),
      new Change("changedIndexPredicate", "DROP INDEX customer_email_idx; CREATE UNIQUE INDEX "
              + "customer_email_idx ON customer (email) WHERE email <> ''",
          "DROP INDEX customer_email_idx; CREATE UNIQUE INDEX customer_email_idx ON customer "
              + "(email) WHERE email IS NOT NULL",
          "table customer: index customer_email_idx is UNIQUE (email) WHERE (email <> ''::text)"),
      new Change("droppedCheck", "ALTER TABLE customer DROP CONSTRAINT customer_name_check",
          "ALTER TABLE customer ADD CONSTRAINT customer_name_check CHECK (length(name) > 0)",
          "table customer: check customer_name_check is missing from the database"),
      new Change("changedEnumCheck", "ALTER TABLE customer DROP CONSTRAINT customer_status_check,"
              + " ADD CONSTRAINT customer_status_check CHECK (status IN ('ACTIVE'))",
          "ALTER TABLE customer DROP CONSTRAINT customer_status_check, ADD CONSTRAINT "
              + "customer_status_check CHECK (status IN ('ACTIVE', 'BLOCKED'))",
          "table customer: check customer_status_check is (status = 'ACTIVE'::text)"),
      new Change("changedForeignKeyAction", "ALTER TABLE sales.orders DROP CONSTRAINT "
              + "orders_customer_id_fkey, ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY "
              + "(customer_id) REFERENCES customer (id)",
          "ALTER TABLE sales.orders DROP CONSTRAINT orders_customer_id_fkey, ADD CONSTRAINT "
              + "orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customer (id) ON "
              + "DELETE CASCADE",
          "table sales.orders: foreign key orders_customer_id_fkey is [customer_id] -> "
              + "customer[id], the model has [customer_id] -> customer[id] ON DELETE CASCADE"),
      new Change("droppedUnique", "ALTER TABLE sales.orders DROP CONSTRAINT "
              + "orders_customer_id_number_key CASCADE",
          "ALTER TABLE sales.orders ADD CONSTRAINT orders_customer_id_number_key UNIQUE "
              + "(customer_id, number); ALTER TABLE sales.order_lines ADD CONSTRAINT "
              + "order_lines_customer_id_number_fkey FOREIGN KEY (customer_id, number) "
              + "REFERENCES sales.orders (customer_id, number) DEFERRABLE",
          "table sales.orders: unique constraint orders_customer_id_number_key is missing"),
      new Change("keyNoLongerDeferrable", "ALTER TABLE sales.order_lines ALTER CONSTRAINT "
              + "order_lines_customer_id_number_fkey NOT DEFERRABLE",
          "ALTER TABLE sales.order_lines ALTER CONSTRAINT order_lines_customer_id_number_fkey "
              + "DEFERRABLE",
          "table sales.order_lines: foreign key order_lines_customer_id_number_fkey is "
              + "[customer_id, number] -> sales.orders[customer_id, number], the model has "
              + "[customer_id, number] -> sales.orders[customer_id, number] DEFERRABLE"),
      new Change("uniqueWithDistinctNulls", "ALTER TABLE sales.order_lines DROP CONSTRAINT "
              + "order_lines_customer_id_number_position_key, ADD CONSTRAINT "
              + "order_lines_customer_id_number_position_key UNIQUE (customer_id, number, position)",
          "ALTER TABLE sales.order_lines DROP CONSTRAINT "
              + "order_lines_customer_id_number_position_key, ADD CONSTRAINT "
              + "order_lines_customer_id_number_position_key UNIQUE NULLS NOT DISTINCT "
              + "(customer_id, number, position)",
          "table sales.order_lines: unique constraint order_lines_customer_id_number_position_key"
              + " has distinct nulls, the model has NULLS NOT DISTINCT"),
      new Change("indexWithoutOperatorClass", "DROP INDEX sales.order_lines_lower_sku_sku_idx; "
              + "CREATE INDEX order_lines_lower_sku_sku_idx ON sales.order_lines "
              + "(lower(sku) COLLATE \"C\", sku)",
          "DROP INDEX sales.order_lines_lower_sku_sku_idx; CREATE INDEX "
              + "order_lines_lower_sku_sku_idx ON sales.order_lines (lower(sku) COLLATE \"C\", sku "
              + "text_pattern_ops)",
          "table sales.order_lines: index order_lines_lower_sku_sku_idx is ((lower(sku)) COLLATE"
              + " \"C\", sku), the model has ((lower(sku)) COLLATE \"C\", sku text_pattern_ops)"),
      new Change("renamedEnumValue", "ALTER TYPE sales.line_state RENAME VALUE 'SENT' TO "
              + "'SHIPPED'", "ALTER TYPE sales.line_state RENAME VALUE 'SHIPPED' TO 'SENT'",
          "enum type sales.line_state: values are [OPEN, PACKED, SHIPPED], the model has [OPEN,"
              + " PACKED, SENT]"),
      new Change("addedEnumType", "CREATE TYPE mood AS ENUM ('calm')", "DROP TYPE mood",
          "enum type mood: in the database but not in the model"),
      new Change("droppedIdentity", "ALTER TABLE sales.line ALTER COLUMN position DROP IDENTITY",
          "ALTER TABLE sales.line ALTER COLUMN position ADD GENERATED BY DEFAULT AS IDENTITY"
              + " (START WITH 100 INCREMENT BY 10)",
          "column sales.line.position: identity is none, the model has GENERATED BY DEFAULT AS"
              + " IDENTITY (START WITH 100 INCREMENT BY 10)"),
      new Change("changedIdentity", "ALTER TABLE sales.line ALTER COLUMN id SET GENERATED BY"
              + " DEFAULT SET CACHE 5",
          "ALTER TABLE sales.line ALTER COLUMN id SET GENERATED ALWAYS SET CACHE 1",
          "column sales.line.id: identity is GENERATED BY DEFAULT AS IDENTITY (CACHE 5), the"
              + " model has GENERATED ALWAYS AS IDENTITY"),
      new Change("changedGeneratedExpression", "ALTER TABLE sales.line DROP COLUMN amount,"
              + " ADD COLUMN amount numeric GENERATED ALWAYS AS (price * 2) STORED",
          "ALTER TABLE sales.line DROP COLUMN amount, ADD COLUMN amount numeric GENERATED ALWAYS"
              + " AS (price * quantity) STORED",
          "column sales.line.amount: generated expression is (price * (2)::numeric), the model"
              + " has price * quantity"),
      new Change("changedSequence", "ALTER SEQUENCE sales.line_reference_seq INCREMENT BY 3",
          "ALTER SEQUENCE sales.line_reference_seq INCREMENT BY 1",
          "sequence sales.line_reference_seq: is START WITH 10 INCREMENT BY 3 OWNED BY sales.line.ref,"
              + " the model has START WITH 10 OWNED BY sales.line.ref"),
      new Change("sequenceLetGoOfItsColumn", "ALTER SEQUENCE sales.line_reference_seq OWNED BY NONE",
          "ALTER SEQUENCE sales.line_reference_seq OWNED BY sales.line.ref",
          "sequence sales.line_reference_seq: is START WITH 10, the model has START WITH 10 OWNED BY"
              + " sales.line.ref"),
      new Change("droppedSequence", "ALTER TABLE sales.line ALTER COLUMN ref DROP DEFAULT;"
              + " DROP SEQUENCE sales.line_reference_seq",
          "CREATE SEQUENCE sales.line_reference_seq START WITH 10 OWNED BY sales.line.ref;"
              + " ALTER TABLE sales.line ALTER COLUMN ref SET DEFAULT"
              + " nextval('sales.line_reference_seq')",
          "sequence sales.line_reference_seq: missing from the database"),
      new Change("addedTable", "CREATE TABLE audit (id int)", "DROP TABLE audit",
          "table audit: in the database but not in the model"),
      new Change("changedView", "CREATE OR REPLACE VIEW active_customer AS SELECT id, name FROM"
              + " customer WHERE status = 'BLOCKED'",
          "CREATE OR REPLACE VIEW active_customer AS SELECT id, name FROM customer WHERE"
              + " status = 'ACTIVE'",
          "view active_customer: its query differs: the database has SELECT id, name FROM"
              + " customer WHERE status = 'BLOCKED'::text"),
      new Change("droppedMaterializedView", "DROP MATERIALIZED VIEW sales.order_total",
          "CREATE MATERIALIZED VIEW sales.order_total AS SELECT customer_id, sum(total) AS total"
              + " FROM sales.orders GROUP BY customer_id",
          "view sales.order_total: missing from the database"),
      new Change("materializedViewAsPlainView", "DROP MATERIALIZED VIEW sales.order_total;"
              + " CREATE VIEW sales.order_total AS SELECT customer_id, sum(total) AS total"
              + " FROM sales.orders GROUP BY customer_id",
          "DROP VIEW sales.order_total; CREATE MATERIALIZED VIEW sales.order_total AS SELECT"
              + " customer_id, sum(total) AS total FROM sales.orders GROUP BY customer_id",
          "view sales.order_total: is a plain view, the model has a materialized one"));

  private final PostgresServer server = PostgresServer.get();
  private final ModelChain chain = new ModelChain("drift-postgres", "org.example.shop.db");
  private Migrator migrator;
  private String url;
  private ModelChain.Version version;

  @BeforeAll
  void upgradeToHead() {
    version = chain.compile("drift/shop");
    url = server.createDatabase("drift");
    migrator = chain.migrator(version, url, server.user(), server.password());
    migrator.upgrade("head");
  }

  @AfterAll
  void close() {
    chain.close();
  }

  @TestFactory
  Stream<DynamicTest> handChanges_eachReportedAndGoneWhenUndone() {
    return Stream.concat(
        Stream.of(dynamicTest("drift_databaseAtHead_reportsNothing", this::assertNoDrift)),
        CHANGES.stream().map(change -> dynamicTest("drift_" + change.name() + "_reported", () -> {
          execute(change.sql());
          try {
            Drift drift = migrator.drift();
            assertTrue(drift.differences().stream().anyMatch(
                d -> d.toString().startsWith(change.expected())),
                "expected a line starting with\n  " + change.expected() + "\nfound\n  "
                    + drift.differences());
          } finally {
            execute(change.undo());
          }
          assertNoDrift();
        })));
  }

  @TestFactory
  Stream<DynamicTest> checkDrift_cli_exitsThreeOnDriftAndZeroWithout() {
    String classpath = System.getProperty("java.class.path") + java.io.File.pathSeparator
        + version.classes();
    String[] connection = {"--url", url, "-U", server.user(), "--password", server.password()};
    return Stream.of(
        dynamicTest("checkDrift_atHead_exitsZero", () -> {
          Cli.Result result = Cli.run(classpath, concat(connection, "check", "--drift"));
          assertEquals(0, result.exitCode(), result.output());
          assertTrue(result.output().contains("No drift: the live schema matches the model of "),
              result.output());
        }),
        dynamicTest("checkDrift_handAddedColumn_exitsThreeNamingIt", () -> {
          execute("ALTER TABLE customer ADD COLUMN nickname text");
          try {
            Cli.Result text = Cli.run(classpath, concat(connection, "check", "--drift"));
            Cli.Result json = Cli.run(classpath, concat(connection, "check", "--drift", "--json"));
            assertEquals(3, text.exitCode(), text.output());
            assertTrue(text.output().contains("Drift: 1 difference(s) from the model of ")
                && text.output().contains("\n  table customer: column nickname is in the "
                + "database but not in the model\n"), text.output());
            assertEquals(3, json.exitCode(), json.output());
            assertTrue(json.output().contains("\"object\": \"table customer\"")
                || json.output().contains("\"object\":\"table customer\""), json.output());
          } finally {
            execute("ALTER TABLE customer DROP COLUMN nickname");
          }
        }));
  }

  private static String[] concat(String[] first, String... rest) {
    return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
  }

  private void assertNoDrift() {
    Drift drift = migrator.drift();
    assertEquals(List.of(), drift.differences(), "drift at " + drift.revision());
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = server.connectUrl(url); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
