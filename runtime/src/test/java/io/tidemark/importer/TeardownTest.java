package io.tidemark.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.catalog.Catalog;
import io.tidemark.catalog.Unmodelled;
import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.PrimaryKeyDef;
import io.tidemark.snapshot.EnumNode;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeardownTest {
  @Test
  void drop_eachKindOfObject_namesItFromItsCreateStatement() {
    assertEquals("DROP EXTENSION citext;", drop("extension", "citext",
        "CREATE EXTENSION IF NOT EXISTS citext;"));
    assertEquals("DROP SCHEMA audit;", drop("schema", "audit",
        "CREATE SCHEMA IF NOT EXISTS audit;"));
    assertEquals("DROP TYPE sales.mood;", drop("type", "sales.mood",
        "CREATE TYPE sales.mood AS ENUM ('sad', 'ok');"));
    assertEquals("DROP DOMAIN \"Posint\";", drop("type", "\"Posint\"",
        "CREATE DOMAIN \"Posint\" AS integer CONSTRAINT p CHECK (VALUE > 0);"));
    assertEquals("DROP SEQUENCE ticket_no;", drop("sequence", "ticket_no",
        "CREATE SEQUENCE ticket_no AS bigint INCREMENT BY 1;"));
    assertEquals("DROP MATERIALIZED VIEW totals;", drop("materialized view", "totals",
        "CREATE MATERIALIZED VIEW totals AS\nSELECT 1\nWITH NO DATA;"));
    assertEquals("DROP VIEW sales.open_orders;", drop("view", "sales.open_orders",
        "CREATE VIEW sales.open_orders AS\nSELECT 1;"));
    assertEquals("DROP ROUTINE touch(integer);", drop("function", "touch(integer)",
        "CREATE OR REPLACE FUNCTION public.touch(integer) ..."));
    assertEquals("DROP TRIGGER \"Touch\" ON sales.orders;", drop("trigger",
        "sales.orders.Touch", "CREATE TRIGGER \"Touch\" BEFORE UPDATE ON sales.orders ..."));
    assertEquals("ALTER TABLE t ALTER COLUMN id DROP IDENTITY;", drop("identity column",
        "t.id", "ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;"));
    assertEquals("ALTER TABLE sales.orders DROP CONSTRAINT no_overlap;", drop("constraint",
        "sales.orders.no_overlap", "ALTER TABLE sales.orders ADD CONSTRAINT no_overlap "
            + "EXCLUDE USING gist (during WITH &&);"));
    assertEquals("-- generated column t.x: nothing to drop",
        drop("generated column", "t.x", "-- t.x is GENERATED ALWAYS AS (1) STORED"));
    assertEquals("-- rule r: drop it here by hand if the downgrade needs it gone",
        drop("rule", "r", "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;"));
  }

  @Test
  void plan_expressionIndexAndCompositeKey_leaveTheModelWithSqlThatDropsAgain() {
    TableNode line = new TableNode("sales", "line", "", List.of(
        new ColumnDef("order_id", "bigint", false, null), new ColumnDef("no", "integer", false,
            null), new ColumnDef("sku", "text", false, null)),
        new PrimaryKeyDef("line_pk", List.of("no", "order_id")), List.of(), List.of(),
        List.of(new ForeignKeyDef("line_order_fkey", List.of("order_id", "no"), "sales.head",
            List.of("id", "no"), null, null)),
        List.of(new IndexDef("line_lower_sku", List.of("lower(sku)"), false, null, null,
            List.of(), false), new IndexDef("line_sku_idx", List.of("sku"), false, null, null,
            List.of(), false)), null);
    ImportPlan plan = ImportPlan.of(new Catalog(new Schema(List.of(line), List.of()), Map.of(),
        List.of(new Unmodelled("view", "v", "CREATE VIEW v AS\nSELECT 1;", false),
            new Unmodelled("type", "mood", "CREATE TYPE mood AS ENUM ('a');", true))));
    TableNode kept = plan.schema().tables().get(0);
    assertEquals(List.of("line_sku_idx"), kept.indexes().stream().map(IndexDef::name).toList());
    assertEquals(List.of(), kept.foreignKeys());
    assertEquals(List.of("type mood", "primary key sales.line.line_pk",
        "index sales.line.line_lower_sku",
        "foreign key sales.line.line_order_fkey", "view v"),
        plan.unmodelled().stream().map(Unmodelled::describe).toList());
    assertEquals("CREATE INDEX line_lower_sku ON sales.line ((lower(sku)));",
        plan.unmodelled().get(2).sql());
    assertEquals("-- primary key line_pk (no, order_id) is declared by @Id as line_pkey (order_id,"
        + " no), its columns in field order; rename or recreate it here by hand if that matters",
        plan.unmodelled().get(1).sql());
    assertEquals("DROP INDEX sales.line_lower_sku;", Teardown.drop(plan.unmodelled().get(2)));
    assertEquals("ALTER TABLE sales.line DROP CONSTRAINT line_order_fkey;",
        Teardown.drop(plan.unmodelled().get(3)));
  }

  @Test
  void plan_enumTypeAndDeferrableKey_listedUntilTheWriterDeclaresThem() {
    TableNode note = new TableNode("", "note", "", List.of(
        new ColumnDef("id", "bigint", false, null), new ColumnDef("mood", "mood", true, null),
        new ColumnDef("parent_id", "bigint", true, null)),
        new PrimaryKeyDef("note_pkey", List.of("id")), List.of(), List.of(),
        List.of(new ForeignKeyDef("note_parent_id_fkey", List.of("parent_id"), "note",
            List.of("id"), null, null).deferrable(true)), List.of(), null);
    ImportPlan plan = ImportPlan.of(new Catalog(new Schema(List.of(note), List.of(),
        List.of(new EnumNode("", "mood", "", List.of("sad", "ok")))), Map.of(), List.of()));
    assertEquals(List.of("type mood", "foreign key note.note_parent_id_fkey"),
        plan.unmodelled().stream().map(Unmodelled::describe).toList());
    assertEquals("DROP TYPE mood;", Teardown.drop(plan.unmodelled().get(0)));
    assertEquals(List.of(), plan.schema().tables().get(0).foreignKeys());
  }

  private static String drop(String kind, String name, String sql) {
    return Teardown.drop(new Unmodelled(kind, name, sql, false));
  }
}
