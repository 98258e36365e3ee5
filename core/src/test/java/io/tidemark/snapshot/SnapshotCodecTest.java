package io.tidemark.snapshot;

import static io.tidemark.snapshot.Nodes.notNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.ForeignKeyDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.ddl.IndexDef;
import io.tidemark.ddl.UniqueDef;
import io.tidemark.ddl.RefreshDef;
import io.tidemark.ddl.SequenceDef;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotCodecTest {
  static Schema everything() {
    TableNode users = Nodes.table("users")
        .id("id", "bigint")
        .column(new ColumnDef("email", "character varying(255)", false, "''"))
        .column("note", "text")
        .unique("users_email_key", "email")
        .unique(new UniqueDef("users_note_key", List.of("note"), null, true))
        .check("users_status_check", "status IN ('a', 'b')")
        .index(new IndexDef("users_email_idx", List.of("lower(email)", "id DESC NULLS LAST"), true,
            "note IS NOT NULL", "btree", List.of("note"), false))
        .index(new IndexDef("users_note_idx", List.of("note COLLATE \"C\" text_pattern_ops"),
            true, null, null, List.of(), false, false, true))
        .foreignKey(new ForeignKeyDef("users_id_note_fkey", List.of("id", "note"), "users",
            List.of("id", "note"), null, null, true, true, true))
        .build();
    TableNode metrics = Nodes.table("telemetry", "metrics")
        .column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device_id", "bigint"))
        .column("value", "double precision")
        .primaryKey("metrics_pkey", "device_id", "ts")
        .foreignKey(new ForeignKeyDef("metrics_device_id_fkey", List.of("device_id"), "users",
            List.of("id"), "CASCADE", "SET NULL"))
        .hypertable(new TimescaleNode(new HypertableDef("ts", "2 days", "device_id", 4, false),
            new CompressionDef(List.of("device_id"), List.of("ts DESC")), "7 days", "90 days",
            "metrics_pkey"))
        .build();
    AggregateNode hourly = new AggregateNode("telemetry", "metrics_hourly", "com.acme.MetricsHourly",
        "SELECT time_bucket('1 hour', ts) AS bucket, avg(value)\nFROM telemetry.metrics GROUP BY 1",
        false, new RefreshDef("3 days", "1 hour", null));
    return new Schema(List.of(metrics, users), List.of(hourly), List.of(
        new EnumNode("telemetry", "unit", "com.acme.Unit", List.of("C", "F")),
        new EnumNode("", "order_status", "com.acme.OrderStatus", List.of("NEW", "PAID"))));
  }

  @Test
  void write_thenRead_givesEqualSchema() {
    Schema schema = everything();
    assertEquals(schema, SnapshotCodec.read(SnapshotCodec.write(schema)));
  }

  @Test
  void write_flagsAtTheirDefault_areLeftOutSoOlderSnapshotsReadTheSame() {
    String json = SnapshotCodec.write(everything());
    assertEquals(2, json.split("\"nullsNotDistinct\": true", -1).length - 1);
    assertEquals(1, json.split("\"deferrable\"", -1).length - 1);
    String older = SnapshotCodec.write(new Schema(List.of(Nodes.table("t").id("id", "bigint")
        .unique("t_id_key", "id").build()), List.of()));
    assertTrue(!older.contains("nullsNotDistinct") && !older.contains("deferrable")
        && !older.contains("enums"), older);
  }

  @Test
  void write_identityAndGeneratedColumns_roundTripWithFieldsOnlyWhereSet() {
    Schema schema = new Schema(List.of(Nodes.table("line")
        .column(new ColumnDef("id", "bigint", false, null,
            IdentityDef.generatedAlways().start(100).cycle(), null))
        .column(new ColumnDef("total", "numeric", true, null, null, "price * 2"))
        .column("note", "text")
        .build()), List.of());
    String json = SnapshotCodec.write(schema);
    assertEquals(schema, SnapshotCodec.read(json));
    assertTrue(json.contains("\"defaultValue\": null,\n          \"identity\": {\n"
        + "            \"always\": true,\n            \"start\": 100,\n"
        + "            \"increment\": null,"), json);
    assertTrue(json.contains("\"generatedAs\": \"price * 2\""), json);
    assertEquals(1, json.split("\"identity\"", -1).length - 1, json);
    assertEquals(1, json.split("\"generatedAs\"", -1).length - 1, json);
  }

  @Test
  void write_extraDimensions_roundTripAndAreLeftOutWhenThereAreNone() {
    Schema base = everything();
    TableNode metrics = Nodes.table("metrics").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).column(notNull("site", "bigint"))
        .hypertable(new TimescaleNode(new HypertableDef("ts", "1 day", null, 0, false)
            .dimension(DimensionDef.byHash("device", 4))
            .dimension(DimensionDef.byRange("site", "1000")), null, null, null, null))
        .build();
    Schema schema = new Schema(List.of(metrics), List.of());
    String json = SnapshotCodec.write(schema);
    assertEquals(schema, SnapshotCodec.read(json));
    assertTrue(json.contains("\"dimensions\": [\n          {\n            \"column\": \"device\",\n"
        + "            \"partitions\": 4,\n            \"interval\": null\n          },"), json);
    assertFalse(SnapshotCodec.write(base).contains("\"dimensions\""));
  }

  @Test
  void write_sequences_roundTripAndAreLeftOutWhenThereAreNone() {
    Schema base = everything();
    SequenceDef owned = SequenceDef.named("shop.order_no").start(1000).increment(50)
        .maxValue(999999).cache(20).cycle().ownedBy("shop.orders", "number");
    Schema schema = new Schema(base.tables(), base.aggregates(), List.of(), List.of(),
        List.of(owned, SequenceDef.named("invoice_no")));
    String json = SnapshotCodec.write(schema);
    assertEquals(schema, SnapshotCodec.read(json));
    assertTrue(json.contains("\"sequences\": [\n    {\n      \"name\": \"invoice_no\",\n"
        + "      \"start\": null,"), json);
    assertTrue(json.contains("\"ownedBy\": {\n        \"table\": \"shop.orders\",\n"
        + "        \"column\": \"number\"\n      }"), json);
    assertFalse(SnapshotCodec.write(base).contains("sequences"));
  }

  @Test
  void write_views_thenRead_givesEqualSchemaAndLeavesOutNoField() {
    Schema base = everything();
    ViewNode active = new ViewNode("", "active_users", "com.acme.ActiveUsers",
        "SELECT id FROM users WHERE note IS NULL", false, true, List.of("users"));
    ViewNode totals = new ViewNode("telemetry", "totals", "com.acme.Totals",
        "SELECT device_id, count(*) FROM telemetry.metrics GROUP BY 1", true, false,
        List.of("telemetry.metrics", "active_users"));
    Schema schema = new Schema(base.tables(), base.aggregates(), List.of(), List.of(totals, active));
    String json = SnapshotCodec.write(schema);
    assertEquals(schema, SnapshotCodec.read(json));
    assertTrue(json.contains("\"views\": [\n    {\n      \"schema\": \"\",\n      \"name\":"
        + " \"active_users\""), json);
    assertTrue(json.contains("\"materialized\": true,\n      \"withData\": false,\n"
        + "      \"dependsOn\": [\n        \"active_users\",\n        \"telemetry.metrics\"\n"), json);
    assertTrue(!SnapshotCodec.write(base).contains("views"), "no views, no field");
  }

  @Test
  void write_emptySchema_isStablePrettyJson() {
    assertEquals("{\n  \"format\": 1,\n  \"tables\": [],\n  \"aggregates\": []\n}\n",
        SnapshotCodec.write(Schema.EMPTY));
  }

  @Test
  void write_twice_givesEqualBytesWithUnixLineEndingsAndTwoSpaceIndent() {
    String first = SnapshotCodec.write(everything());
    assertEquals(first, SnapshotCodec.write(SnapshotCodec.read(first)));
    assertTrue(first.endsWith("}\n"));
    assertTrue(!first.contains("\r") && !first.contains("\t"));
    assertTrue(first.contains("\n  \"tables\": [\n    {\n      \"schema\": \"telemetry\",\n"));
    assertTrue(first.contains("\"defaultValue\": null"), "absent values are written as null");
    assertTrue(first.contains("\"check\"") || first.contains("status IN ('a', 'b')"), "not HTML-escaped");
  }

  @Test
  void read_fieldWithWrongType_namesItsPath() {
    String json = SnapshotCodec.write(everything()).replace("\"nullable\": false", "\"nullable\": \"no\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnapshotCodec.read(json));
    assertEquals("tables[0].columns[0].nullable: expected true or false, found \"no\"", e.getMessage());
  }

  @Test
  void read_missingField_namesIt() {
    String json = SnapshotCodec.write(everything()).replace("\"refTable\": \"users\",", "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnapshotCodec.read(json));
    assertEquals("tables[0].foreignKeys[0]: missing field \"refTable\"", e.getMessage());
  }

  @Test
  void read_unknownField_namesIt() {
    String json = SnapshotCodec.write(Schema.EMPTY).replace("\"tables\"", "\"extra\": 1,\n  \"tables\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnapshotCodec.read(json));
    assertEquals("snapshot: unknown field \"extra\"", e.getMessage());
  }

  @Test
  void read_otherFormat_saysWhichFormatIsRead() {
    String json = SnapshotCodec.write(Schema.EMPTY).replace("\"format\": 1", "\"format\": 2");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnapshotCodec.read(json));
    assertEquals("snapshot: \"format\" is 2, this version of Tidemark reads format 1"
        + " (upgrade Tidemark to read it)", e.getMessage());
  }

  @Test
  void read_truncatedJson_saysItIsNotValidJson() {
    String json = SnapshotCodec.write(everything());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SnapshotCodec.read(json.substring(0, json.length() / 2)));
    assertTrue(e.getMessage().startsWith("snapshot is not valid JSON: "), e.getMessage());
  }

  @Test
  void read_trailingText_isRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SnapshotCodec.read(SnapshotCodec.write(Schema.EMPTY) + "{}"));
    assertEquals("snapshot is not valid JSON: unexpected text after the JSON value at line 6 column 1", e.getMessage());
  }

  @Test
  void read_nullWhereAStringIsRequired_namesThePath() {
    String json = SnapshotCodec.write(everything()).replace("\"timeColumn\": \"ts\"", "\"timeColumn\": null");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnapshotCodec.read(json));
    assertEquals("tables[0].hypertable.timeColumn: expected a string, found null", e.getMessage());
  }

  @Test
  void read_listItemOfWrongType_namesItsIndex() {
    String json = SnapshotCodec.write(everything()).replace("\"include\": [\n            \"note\"", "\"include\": [\n            7");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SnapshotCodec.read(json));
    assertEquals("tables[1].indexes[0].include[0]: expected a string, found 7", e.getMessage());
  }
}
