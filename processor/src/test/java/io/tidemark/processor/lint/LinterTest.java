package io.tidemark.processor.lint;

import static io.tidemark.snapshot.Nodes.column;
import static io.tidemark.snapshot.Nodes.notNull;
import static io.tidemark.snapshot.Nodes.schema;
import static io.tidemark.snapshot.Nodes.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tidemark.ddl.ColumnDef;
import io.tidemark.ddl.CompressionDef;
import io.tidemark.ddl.DimensionDef;
import io.tidemark.ddl.HypertableDef;
import io.tidemark.ddl.IdentityDef;
import io.tidemark.processor.diff.Renames;
import io.tidemark.processor.diff.SchemaDiffer;
import io.tidemark.snapshot.Schema;
import io.tidemark.snapshot.TableNode;
import io.tidemark.snapshot.TimescaleNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each rule on the ops of a diff, without javac: which rule fires, on which table and column. */
class LinterTest {
  private static final TableNode USERS = table("users").id("id", "bigint")
      .column("email", "text").column(notNull("score", "integer")).build();

  /** {@code "TM200 users.score"} for each finding, in op order. */
  private static List<String> lint(Schema previous, Schema current, Renames renames) {
    var upgrade = SchemaDiffer.diff(previous, current, renames).upgrade();
    return Linter.lint(previous, current, upgrade).stream()
        .map(v -> v.rule().code() + " " + v.table() + (v.column() == null ? "" : "." + v.column()))
        .toList();
  }

  private static List<String> lint(TableNode before, TableNode after) {
    return lint(schema(before), schema(after), Renames.NONE);
  }

  private static TableNode users(ColumnDef... extra) {
    var builder = table("users").id("id", "bigint").column("email", "text")
        .column(notNull("score", "integer"));
    for (ColumnDef column : extra) {
      builder.column(column);
    }
    return builder.build();
  }

  @Test
  void lint_unchangedTable_findsNothing() {
    assertEquals(List.of(), lint(USERS, USERS));
  }

  @Test
  void lint_tableWithIntegerKeyAndVarcharGettingAnotherColumn_findsNothingOnTheOldColumns() {
    TableNode before = table("t").id("id", "integer").column("code", "character varying(3)")
        .column("at", "timestamp without time zone").build();
    TableNode after = table("t").id("id", "integer").column("code", "character varying(3)")
        .column("at", "timestamp without time zone").column("note", "text").build();
    assertEquals(List.of(), lint(before, after));
  }

  @Test
  void lint_typeChangeThatRewrites_isTm200() {
    TableNode after = table("users").id("id", "bigint").column("email", "text")
        .column(notNull("score", "bigint")).build();
    assertEquals(List.of("TM200 users.score"), lint(USERS, after));
  }

  @Test
  void lint_typeChangeThatKeepsRows_findsNothing() {
    TableNode before = table("t").id("id", "bigint").column("name", "character varying(20)").build();
    TableNode after = table("t").id("id", "bigint").column("name", "text").build();
    assertEquals(List.of(), lint(before, after));
  }

  @Test
  void lint_existingColumnBecomesNotNull_isTm201() {
    TableNode after = table("users").id("id", "bigint").column(notNull("email", "text"))
        .column(notNull("score", "integer")).build();
    assertEquals(List.of("TM201 users.email"), lint(USERS, after));
  }

  @Test
  void lint_addedColumnWithVolatileDefault_isTm202() {
    assertEquals(List.of("TM202 users.token"),
        lint(USERS, users(column("token", "uuid").defaultValue("gen_random_uuid()"))));
    assertEquals(List.of(), lint(USERS, users(column("seen", "timestamp with time zone")
        .defaultValue("now()"))));
  }

  @Test
  void lint_addedIdentityColumn_isTm202() {
    assertEquals(List.of("TM202 users.seq"), lint(USERS,
        users(notNull("seq", "bigint").identity(IdentityDef.byDefault()))));
  }

  @Test
  void lint_generatedColumnAddedOrItsExpressionChanged_isTm214() {
    TableNode before = users(column("twice", "bigint").generatedAs("id * 2"));
    assertEquals(List.of("TM214 users.twice"), lint(USERS, before));
    assertEquals(List.of("TM214 users.twice"),
        lint(before, users(column("twice", "bigint").generatedAs("id * 3"))));
    assertEquals(List.of(), lint(before, before));
  }

  @Test
  void lint_dimensionAddedToExistingHypertable_isTm215_andNotOnANewOne() {
    HypertableDef byTime = new HypertableDef("ts", null, null, 0, false);
    TableNode before = table("log").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer"))
        .hypertable(new TimescaleNode(byTime, null, null, null, null)).build();
    TableNode after = table("log").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("device", "integer")).hypertable(new TimescaleNode(
            byTime.dimension(DimensionDef.byHash("device", 4)), null, null, null, null))
        .build();
    assertEquals(List.of("TM215 log.device"), lint(before, after));
    assertEquals(List.of(), lint(Schema.EMPTY, schema(after), Renames.NONE));
  }

  @Test
  void lint_primaryKeyAddedToExistingHypertable_isTm203() {
    TimescaleNode hypertable = new TimescaleNode(new HypertableDef("ts", null, null, 0, false),
        null, null, null, null);
    TableNode before = table("log").column(notNull("ts", "timestamp with time zone"))
        .hypertable(hypertable).build();
    TableNode after = table("log").id("ts", "timestamp with time zone").hypertable(hypertable)
        .build();
    assertEquals(List.of("TM203 log"), lint(before, after));
  }

  @Test
  void lint_primaryKeyAddedToExistingPlainTable_takesOverAConcurrentIndexAndFindsNothing() {
    TableNode before = table("log").column(notNull("id", "bigint")).build();
    TableNode after = table("log").id("id", "bigint").build();
    assertEquals(List.of(), lint(before, after));
  }

  @Test
  void lint_newTableWithIntegerKeyVarcharAndTimestamp_isTm204Tm205Tm206() {
    TableNode created = table("t").id("id", "integer").column("code", "character varying(3)")
        .column("at", "timestamp(3) without time zone").build();
    assertEquals(List.of("TM204 t.id", "TM205 t.code", "TM206 t.at"),
        lint(Schema.EMPTY, schema(created), Renames.NONE));
  }

  @Test
  void lint_renames_areTm207AndTm208() {
    TableNode after = table("members").id("id", "bigint").column("mail", "text")
        .column(notNull("score", "integer")).build();
    Renames renames = new Renames(Map.of("members", "users"),
        Map.of("members", Map.of("mail", "email")));
    assertEquals(List.of("TM208 members", "TM207 members.mail"),
        lint(schema(USERS), schema(after), renames));
  }

  @Test
  void lint_droppedColumnAndTable_areTm209AndTm210AtTheirOps() {
    TableNode other = table("other").id("id", "bigint").build();
    TableNode after = table("users").id("id", "bigint").column(notNull("score", "integer")).build();
    assertEquals(List.of("TM209 users.email", "TM210 other"),
        lint(schema(USERS, other), schema(after), Renames.NONE));
  }

  @Test
  void lint_constraintAndNotNullOnCompressedHypertable_isTm211() {
    TimescaleNode compressed = new TimescaleNode(new HypertableDef("ts", null, null, 0, false),
        new CompressionDef(List.of(), List.of("ts DESC")), null, null, null);
    TableNode before = table("m").column(notNull("ts", "timestamp with time zone"))
        .column("v", "double precision").hypertable(compressed).build();
    TableNode after = table("m").column(notNull("ts", "timestamp with time zone"))
        .column(notNull("v", "double precision")).check("m_v_check", "v > 0")
        .hypertable(compressed).build();
    // the safe plans add both checks NOT VALID and validate them, which TimescaleDB also rejects
    assertEquals(List.of("TM211 m", "TM201 m.v", "TM211 m.v"), lint(before, after));
  }

  @Test
  void lint_foreignKeyAddedWhileCompressionSettingsChange_isTm211AfterCompressionIsBack() {
    TimescaleNode before = new TimescaleNode(new HypertableDef("ts", null, null, 0, false),
        new CompressionDef(List.of(), List.of("ts DESC")), null, null, null);
    TimescaleNode after = new TimescaleNode(before.dimensions(),
        new CompressionDef(List.of("device"), List.of("ts DESC")), null, null, null);
    TableNode devices = table("device").id("id", "bigint").build();
    TableNode then = table("m").column(notNull("ts", "timestamp with time zone"))
        .column("device", "bigint").hypertable(before).build();
    TableNode now = table("m").column(notNull("ts", "timestamp with time zone"))
        .column("device", "bigint").hypertable(after)
        .foreignKey(io.tidemark.snapshot.Nodes.foreignKey("m_device_fkey", "device",
            "device", "id")).build();
    assertEquals(List.of("TM211 m"),
        lint(schema(devices, then), schema(devices, now), Renames.NONE));
  }

  @Test
  void lint_existingTableBecomesHypertable_isTm212() {
    TableNode before = table("m").column(notNull("ts", "timestamp with time zone")).build();
    TableNode after = table("m").column(notNull("ts", "timestamp with time zone"))
        .hypertable(new TimescaleNode(new HypertableDef("ts", null, null, 0, false), null, null,
            null, null)).build();
    assertEquals(List.of("TM212 m"), lint(before, after));
  }
}
